using System.Buffers;

namespace WireIngest.Core.Extraction.Html;

/// <summary>
/// How much work HTML tree construction will do on a text because of its nesting, measured before the text is parsed.
/// The tree builder looks down its stack of open elements for most start tags (is a <c>p</c> in button scope, which
/// formatting elements to reopen), so its time grows with the number of tags times the depth of that stack: a 2 MB page
/// of 200,000 nested <c>div</c>s kept a core busy for over ten minutes. A single pass over the tags keeps a stack of
/// open elements as the builder would, closing what the HTML rules close implicitly (an open <c>p</c> before a block, the
/// previous <c>li</c>, <c>td</c> or <c>option</c>), and sums its depth at every start tag: the nesting steps the parse
/// will take, to within a small factor.
/// </summary>
/// <remarks>
/// Linear in the text: the text between tags is skipped by vectorised searches, raw text (scripts, styles, comments) to
/// its end, and an end tag looks for its element only near the top of the stack. Where the approximation is unsure it
/// keeps the element open, so the steps it counts are never far below the parser's.
/// </remarks>
internal static class MarkupNesting
{
    /// <summary>
    /// Most nesting steps accepted: about two seconds of tree construction on this project's reference machine (20,000
    /// nested elements, 2 × 10⁸ steps, took 7.7 s). Real markup stays far below it: over the evaluation corpus the most is
    /// 49,840 steps and 59 open elements (<c>WireIngest.Benchmarks nesting</c>); a page's size alone cannot reach it
    /// without nesting thousands of elements deep.
    /// </summary>
    public const long MaxSteps = 50_000_000;

    // How far down the stack an end tag or an implied end looks for its element: real markup closes what it opened
    // near the top; a search of the whole stack would make the scan itself quadratic.
    private const int EndTagReach = 64;
    private const int ImpliedEndReach = 8;

    private static readonly int P = Id("p");
    private static readonly int Li = Id("li");
    private static readonly int Dd = Id("dd");
    private static readonly int Dt = Id("dt");
    private static readonly int Option = Id("option");
    private static readonly int Optgroup = Id("optgroup");
    private static readonly int Tr = Id("tr");
    private static readonly int Td = Id("td");
    private static readonly int Th = Id("th");
    private static readonly int A = Id("a");
    private static readonly int Svg = Id("svg");
    private static readonly int Math = Id("math");
    private static readonly int Plaintext = Id("plaintext");

    // What the scan needs to know of a tag, one lookup per tag (most of a page's tags are in the table).
    private static readonly Dictionary<int, Kind> Kinds = KindTable();

    private static readonly SearchValues<char> TagEnd = SearchValues.Create("\t\n\f\r />");

    private static readonly SearchValues<char> EqualsOrTagClose = SearchValues.Create("=>");

    /// <summary>The nesting of <paramref name="html"/>: the deepest stack of open elements and the nesting steps to build it.</summary>
    public static NestingMeasure Measure(ReadOnlySpan<char> html)
    {
        var open = new OpenElements();
        try
        {
            int i = 0;
            while (true)
            {
                int lt = html[i..].IndexOf('<');
                if (lt < 0 || i + lt + 1 >= html.Length)
                {
                    break;
                }

                i += lt;
                char next = html[i + 1];
                if (next is '!' or '?')
                {
                    i = SkipMarkupDeclaration(html, i, open.InForeign);
                    continue;
                }

                bool isEnd = next == '/';
                int nameStart = i + (isEnd ? 2 : 1);
                if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart]))
                {
                    i++; // Text ("a < b"), or a bogus end tag the tokenizer skips like a comment.
                    continue;
                }

                int nameLength = html[nameStart..].IndexOfAny(TagEnd);
                int nameEnd = nameLength < 0 ? html.Length : nameStart + nameLength;
                int id = Id(html[nameStart..nameEnd]);
                Kind kind = KindOf(id);
                i = SkipAttributes(html, nameEnd, out bool selfClosing);
                if (i == html.Length && html[^1] != '>')
                {
                    break; // A tag the text ends inside is dropped by the tokenizer.
                }

                if (isEnd)
                {
                    if ((kind & Kind.IgnoredEnd) == 0)
                    {
                        open.PopTo(id, EndTagReach, stopAt: (kind & Kind.ScopedEnd) != 0 ? Kind.Scope : Kind.Special);
                    }

                    continue;
                }

                if ((kind & Kind.Void) != 0 || (selfClosing && open.InForeign))
                {
                    continue;
                }

                CloseImplied(open, id, kind);
                open.Push(id, kind, foreign: id == Svg || id == Math);
                if (id == Plaintext && !open.InForeign)
                {
                    break; // Everything after it is text.
                }

                if ((kind & Kind.RawText) != 0 && !open.InForeign)
                {
                    i = SkipRawText(html, i, html[nameStart..nameEnd]);
                    open.Pop();
                }
            }

            return new NestingMeasure(open.Deepest, open.Steps);
        }
        finally
        {
            open.Dispose();
        }
    }

    /// <summary>Refuses a text whose tree construction would take more than <see cref="MaxSteps"/> nesting steps.</summary>
    /// <exception cref="DocumentRejectedException">The markup nests too deeply to be parsed in reasonable time.</exception>
    public static void ThrowIfTooDeep(ReadOnlySpan<char> html)
    {
        // Every start tag adds at most the number of start tags before it, plus one: a text with few '<' cannot reach
        // the limit, and one vectorised count (a small fraction of the scan) settles most pages.
        long tags = html.Count('<');
        if (tags * (tags + 1) / 2 <= MaxSteps)
        {
            return;
        }

        NestingMeasure measure = Measure(html);
        if (measure.Steps > MaxSteps)
        {
            throw new DocumentRejectedException(
                $"markup nested too deeply to parse safely: {measure.Steps:N0} nesting steps (limit {MaxSteps:N0}), up to {measure.Deepest:N0} elements open at once");
        }
    }

    // The implied end tags a start tag causes, looked for near the top of the stack only.
    private static void CloseImplied(OpenElements open, int id, Kind kind)
    {
        if ((kind & Kind.ClosesP) != 0 && open.Top == P)
        {
            open.Pop();
        }

        if ((kind & Kind.Heading) != 0 && (open.TopKind & Kind.Heading) != 0)
        {
            open.Pop();
        }
        else if (id == Li)
        {
            open.PopTo(Li, ImpliedEndReach, stopAt: Kind.List);
        }
        else if (id == Dd || id == Dt)
        {
            open.PopTo(Dd, ImpliedEndReach, stopAt: Kind.List);
            open.PopTo(Dt, ImpliedEndReach, stopAt: Kind.List);
        }
        else if (id == Option || id == Optgroup)
        {
            if (open.Top == Option)
            {
                open.Pop();
            }

            if (id == Optgroup && open.Top == Optgroup)
            {
                open.Pop();
            }
        }
        else if (id == Tr)
        {
            open.PopTo(Tr, ImpliedEndReach, stopAt: Kind.Table);
        }
        else if (id == Td || id == Th)
        {
            open.PopTo(Td, ImpliedEndReach, stopAt: Kind.Row | Kind.Table);
            open.PopTo(Th, ImpliedEndReach, stopAt: Kind.Row | Kind.Table);
        }
        else if (id == A)
        {
            open.PopTo(A, ImpliedEndReach); // A new link closes the open one (the adoption agency steps).
        }
    }

    // Past "<!--…-->" (also "<!-->", "<!--->" and "--!>" as the tokenizer ends them), "<!DOCTYPE …>", "<?…>" and, in SVG or
    // MathML, "<![CDATA[…]]>".
    private static int SkipMarkupDeclaration(ReadOnlySpan<char> html, int at, bool inForeign)
    {
        ReadOnlySpan<char> rest = html[at..];
        if (rest.StartsWith("<!--"))
        {
            ReadOnlySpan<char> body = rest[4..];
            if (body.StartsWith(">") || body.StartsWith("->"))
            {
                return at + 4 + body.IndexOf('>') + 1; // An empty comment closed at once.
            }

            for (int i = 0; i < body.Length; i++)
            {
                int dashes = body[i..].IndexOf("--");
                if (dashes < 0)
                {
                    return html.Length;
                }

                i += dashes;
                ReadOnlySpan<char> after = body[(i + 2)..];
                if (after.StartsWith(">"))
                {
                    return at + 4 + i + 3;
                }

                if (after.StartsWith("!>"))
                {
                    return at + 4 + i + 4;
                }
            }

            return html.Length;
        }

        (string opening, string closing) = inForeign && rest.StartsWith("<![CDATA[") ? ("<![CDATA[", "]]>") : ("<", ">");
        int end = rest[opening.Length..].IndexOf(closing);
        return end < 0 ? html.Length : at + opening.Length + end + closing.Length;
    }

    // Past the attributes to just after the tag's '>' (quoted values may hold '>'); selfClosing when it ends with "/>".
    // Only a value right after '=' can be quoted, so the search jumps from one '=' or '>' to the next.
    private static int SkipAttributes(ReadOnlySpan<char> html, int at, out bool selfClosing)
    {
        selfClosing = false;
        int i = at;
        while (i < html.Length)
        {
            int next = html[i..].IndexOfAny(EqualsOrTagClose);
            if (next < 0)
            {
                return html.Length;
            }

            i += next;
            if (html[i] == '>')
            {
                selfClosing = i > at && html[i - 1] == '/';
                return i + 1;
            }

            i++; // Past '=', to the value.
            while (i < html.Length && html[i] is ' ' or '\t' or '\n' or '\f' or '\r')
            {
                i++;
            }

            if (i < html.Length && html[i] is '"' or '\'')
            {
                int close = html[(i + 1)..].IndexOf(html[i]);
                i = close < 0 ? html.Length : i + 1 + close + 1;
            }
        }

        return html.Length;
    }

    // Past the raw text of a script, style … element and its end tag.
    private static int SkipRawText(ReadOnlySpan<char> html, int at, ReadOnlySpan<char> name)
    {
        for (int i = at; i < html.Length;)
        {
            int lt = html[i..].IndexOf("</", StringComparison.Ordinal);
            if (lt < 0)
            {
                return html.Length;
            }

            i += lt + 2;
            if (html[i..].StartsWith(name, StringComparison.OrdinalIgnoreCase)
                && (i + name.Length == html.Length || TagEnd.Contains(html[i + name.Length])))
            {
                return SkipAttributes(html, i + name.Length, out _);
            }
        }

        return html.Length;
    }

    // A tag name's identity: FNV-1a over its ASCII-lower-cased characters (a collision only merges two names' closing).
    private static int Id(ReadOnlySpan<char> name)
    {
        uint hash = 2166136261;
        foreach (char c in name)
        {
            hash = (hash ^ (char.IsAsciiLetterUpper(c) ? (uint)(c | 0x20) : c)) * 16777619;
        }

        return (int)hash;
    }

    private static Dictionary<int, Kind> KindTable()
    {
        var kinds = new Dictionary<int, Kind>();
        void Mark(Kind kind, params string[] names)
        {
            foreach (string name in names)
            {
                int id = Id(name);
                kinds[id] = kinds.GetValueOrDefault(id) | kind;
            }
        }

        Mark(Kind.Void, "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img", "input", "keygen", "link", "meta",
            "param", "source", "track", "wbr");

        // Start tags that close an open p (the "close a p element" steps of the tree construction rules).
        Mark(Kind.ClosesP, "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset", "figcaption",
            "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "dd", "dt", "listing", "main", "menu", "nav",
            "ol", "p", "pre", "search", "section", "summary", "table", "ul", "xmp", "plaintext");
        Mark(Kind.Heading, "h1", "h2", "h3", "h4", "h5", "h6");

        // The boxes an implied end of li, dd or dt does not look beyond.
        Mark(Kind.List, "ul", "ol", "menu", "dl", "table", "div");
        Mark(Kind.Table, "table");
        Mark(Kind.Row, "tr");

        // Their content is text up to their own end tag (with scripting off, noscript holds markup and is not among them).
        Mark(Kind.RawText, "script", "style", "xmp", "iframe", "noembed", "noframes", "textarea", "title");

        // The "special" elements, as AngleSharp flags them: an end tag of another element does not close them, and
        // stops looking at the first one met.
        Mark(Kind.Special, "address", "applet", "area", "article", "aside", "base", "basefont", "bgsound", "blockquote", "body", "br", "button",
            "caption", "center", "col", "colgroup", "dd", "details", "dir", "div", "dl", "dt", "embed", "fieldset", "figcaption", "figure", "footer",
            "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "iframe", "img", "input",
            "isindex", "keygen", "li", "link", "listing", "main", "marquee", "menu", "menuitem", "meta", "nav", "noembed", "noframes", "noscript",
            "object", "ol", "output", "p", "param", "plaintext", "pre", "script", "section", "select", "source", "style", "summary", "table", "tbody",
            "td", "template", "textarea", "tfoot", "th", "thead", "time", "title", "tr", "track", "ul", "wbr", "xmp");

        // End tags that close everything above their element when it is in scope; any other end tag closes its element
        // only when no special element sits above it.
        Mark(Kind.ScopedEnd, "address", "article", "aside", "blockquote", "button", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
            "figcaption", "figure", "footer", "header", "hgroup", "listing", "main", "menu", "nav", "ol", "pre", "section", "summary", "ul", "li", "dd",
            "dt", "h1", "h2", "h3", "h4", "h5", "h6", "form", "applet", "marquee", "object", "table", "tbody", "thead", "tfoot", "tr", "td", "th",
            "caption", "select", "template");

        // The scope boundaries those end tags stop at (AngleSharp's).
        Mark(Kind.Scope, "applet", "caption", "html", "marquee", "object", "ol", "optgroup", "option", "table", "tbody", "td", "template", "tfoot",
            "th", "thead", "ul");

        // End tags the builder never pops the stack for (or treats as a start tag).
        Mark(Kind.IgnoredEnd, "html", "body", "head", "br", "p");
        return kinds;
    }

    private static Kind KindOf(int id) => Kinds.TryGetValue(id, out Kind kind) ? kind : Kind.None;

    [Flags]
    private enum Kind
    {
        None = 0,
        Void = 1 << 0,
        ClosesP = 1 << 1,
        Heading = 1 << 2,
        List = 1 << 3,
        Table = 1 << 4,
        Row = 1 << 5,
        RawText = 1 << 6,
        Special = 1 << 7,
        ScopedEnd = 1 << 8,
        Scope = 1 << 9,
        IgnoredEnd = 1 << 10,
    }

    /// <summary>The emulated stack of open elements (tag identities), pooled, with its deepest depth and the steps summed.</summary>
    private sealed class OpenElements : IDisposable
    {
        private (int Id, Kind Kind)[] stack = ArrayPool<(int, Kind)>.Shared.Rent(256);
        private int count;
        private int foreignFrom = -1; // Depth of the outermost open svg or math element, or -1.

        public int Deepest { get; private set; }

        public long Steps { get; private set; }

        public bool InForeign => foreignFrom >= 0;

        public int Top => count == 0 ? 0 : stack[count - 1].Id;

        public Kind TopKind => count == 0 ? Kind.None : stack[count - 1].Kind;

        public void Push(int id, Kind kind, bool foreign)
        {
            if (count == stack.Length)
            {
                (int, Kind)[] larger = ArrayPool<(int, Kind)>.Shared.Rent(count * 2);
                stack.AsSpan(0, count).CopyTo(larger);
                ArrayPool<(int, Kind)>.Shared.Return(stack);
                stack = larger;
            }

            stack[count++] = (id, kind);
            Deepest = System.Math.Max(Deepest, count);
            Steps += count;
            if (foreign && foreignFrom < 0)
            {
                foreignFrom = count;
            }
        }

        public void Pop() => Truncate(count - 1);

        // Pops down to and including the nearest open element with the identity, looked for within reach and above any
        // element of stopAt; nothing when there is none.
        public void PopTo(int id, int reach, Kind stopAt = Kind.None)
        {
            for (int i = count - 1; i >= 0 && i >= count - reach; i--)
            {
                if (stack[i].Id == id)
                {
                    Truncate(i);
                    return;
                }

                if ((stack[i].Kind & stopAt) != 0)
                {
                    return;
                }
            }
        }

        public void Dispose() => ArrayPool<(int, Kind)>.Shared.Return(stack);

        private void Truncate(int newCount)
        {
            count = System.Math.Max(newCount, 0);
            if (foreignFrom > count)
            {
                foreignFrom = -1;
            }
        }
    }
}

/// <summary>The deepest stack of open elements a text's tree construction reaches, and the nesting steps it takes.</summary>
internal readonly record struct NestingMeasure(int Deepest, long Steps);
