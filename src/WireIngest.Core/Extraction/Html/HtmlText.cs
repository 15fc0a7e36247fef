using System.Buffers;
using System.Text;
using AngleSharp.Dom;
using WireIngest.Core.Normalization;

namespace WireIngest.Core.Extraction.Html;

/// <summary>Visible text of small subtrees (a paragraph, a byline, a caption), skipping scripts and styles.</summary>
internal static class HtmlText
{
    /// <summary>Deeper markup than this is ignored: real pages never nest so deep, hostile ones would overflow the stack.</summary>
    public const int MaxDepth = 400;

    private const int MaxKeptCapacity = 64 * 1024;

    [ThreadStatic]
    private static StringBuilder? shared;

    public static string Normalize(string? text) => text is null ? string.Empty : TextNormalizer.NormalizeInline(text);

    /// <summary>Normalised visible text of the element.</summary>
    public static string Of(IElement element)
    {
        // One builder per thread, reused: this runs for thousands of small subtrees per page.
        StringBuilder builder = shared ??= new StringBuilder(256);
        builder.Clear();
        var sink = new BuilderSink(builder);
        Walk(element, ref sink, 0);
        string text = TextNormalizer.NormalizeInline(builder);
        if (builder.Capacity > MaxKeptCapacity)
        {
            shared = null; // A huge subtree's text is not kept alive for the thread's lifetime.
        }

        return text;
    }

    /// <summary>
    /// How many of <paramref name="characters"/> the element's visible text (<see cref="Of"/>) holds, counted in its text
    /// nodes without building the text. Only for characters normalisation never adds or drops (not spaces, not
    /// invisible format characters, nothing NFC composes).
    /// </summary>
    public static int CountOf(IElement element, SearchValues<char> characters)
    {
        var sink = new CountingSink(characters);
        Walk(element, ref sink, 0);
        return sink.Count;
    }

    /// <summary>
    /// Whether the element's visible text (<see cref="Of"/>) is longer than <paramref name="length"/>, settled as soon as
    /// its printable ASCII characters outnumber it: normalisation keeps every one of them (it drops only spaces and
    /// invisible format characters, and NFC never merges an ASCII character away), so a large subtree is not read whole.
    /// </summary>
    public static bool IsLongerThan(IElement element, int length)
    {
        StringBuilder builder = shared ??= new StringBuilder(256);
        builder.Clear();
        var sink = new BoundedSink(builder, length);
        Walk(element, ref sink, 0);
        return sink.Stopped || TextNormalizer.NormalizeInline(builder).Length > length;
    }

    /// <summary>
    /// Whether the element's visible text (<see cref="Of"/>) may start with one of <paramref name="letters"/> (ASCII):
    /// false only when its first character that is no space is another ASCII character, which normalisation keeps first.
    /// Read up to that character only.
    /// </summary>
    public static bool MayStartWith(IElement element, SearchValues<char> letters)
    {
        var sink = new FirstCharacterSink();
        Walk(element, ref sink, 0);
        return !sink.Stopped || !char.IsAscii(sink.First) || letters.Contains(sink.First);
    }

    // The one definition of what is visible text: Of builds it, CountOf counts in it. Indexed child access: the node
    // list's enumerator is a boxed allocation per element.
    private static void Walk<TSink>(INode node, ref TSink sink, int depth)
        where TSink : struct, ITextSink
    {
        if (depth > MaxDepth)
        {
            return;
        }

        INodeList children = node.ChildNodes;
        for (int i = 0; i < children.Length && !sink.Stopped; i++)
        {
            // Every element of AngleSharp's DOM is an Element: the class test is cheaper than the interface casts.
            INode child = children[i];
            if (child is Element element)
            {
                string tag = element.LocalName;
                if (!HtmlRules.IsInvisibleTag(tag) && !HtmlRules.IsHidden(element))
                {
                    if (HtmlRules.IsBlockTag(tag) || tag == "br")
                    {
                        sink.Break();
                    }

                    Walk(element, ref sink, depth + 1);
                }
            }
            else if (child is IText text)
            {
                sink.Text(text.Data);
            }
        }
    }

    private interface ITextSink
    {
        void Text(string data);

        void Break();

        /// <summary>Whether the sink has its answer: the walk reads no further.</summary>
        bool Stopped { get; }
    }

    private readonly struct BuilderSink(StringBuilder builder) : ITextSink
    {
        public void Text(string data) => builder.Append(data);

        public void Break() => builder.Append(' ');

        public bool Stopped => false;
    }

    // Builds the text and counts its printable ASCII characters, stopping once they pass the limit.
    private struct BoundedSink(StringBuilder builder, int limit) : ITextSink
    {
        private int printable;

        public readonly bool Stopped => printable > limit;

        public void Text(string data)
        {
            builder.Append(data);
            foreach (char c in data)
            {
                if (c is > ' ' and < '\u007f')
                {
                    printable++;
                }
            }
        }

        public readonly void Break() => builder.Append(' ');
    }

    // Finds the first character that is no space.
    private struct FirstCharacterSink : ITextSink
    {
        public char First { get; private set; }

        public bool Stopped { get; private set; }

        public void Text(string data)
        {
            foreach (char c in data)
            {
                if (!TextNormalizer.IsSpace(c))
                {
                    First = c;
                    Stopped = true;
                    return;
                }
            }
        }

        public readonly void Break()
        {
        }
    }

    private struct CountingSink(SearchValues<char> characters) : ITextSink
    {
        public int Count { get; private set; }

        public void Text(string data)
        {
            ReadOnlySpan<char> rest = data;
            for (int at = rest.IndexOfAny(characters); at >= 0; at = rest.IndexOfAny(characters))
            {
                Count++;
                rest = rest[(at + 1)..];
            }
        }

        public readonly void Break()
        {
        }

        public readonly bool Stopped => false;
    }
}
