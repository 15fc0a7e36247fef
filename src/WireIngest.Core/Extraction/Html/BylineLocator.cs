using System.Buffers;
using System.Text.RegularExpressions;
using AngleSharp.Css.Dom;
using AngleSharp.Dom;

namespace WireIngest.Core.Extraction.Html;

/// <summary>
/// Finds the byline as shown: an author/byline element near the story (its name elements when it has them,
/// else its text without the dates and read times glued to it); JSON-LD or meta authors only when the page shows none.
/// </summary>
internal static partial class BylineLocator
{
    private static readonly ISelector StoryRegion = ParsedSelectors.Parse("article, main");

    // An address element inside the story is its contact information, that is its author (HTML's own meaning of it).
    internal static readonly ISelector Selector = ParsedSelectors.Parse(
        "[rel=author], [itemprop=author], [class*=byline], [class*=Byline], [id*=byline], [class*=author], [class*=Author], [id*=author], [class*=writer], [class*=reporter], [data-testid*=byline], article address, main address");

    private static readonly ISelector SchemaAuthor = ParsedSelectors.Parse("[itemprop~=author]");

    internal static readonly ISelector ShortLines = ParsedSelectors.Parse("p, div, span");

    // The first letters of BylineStart's words.
    private static readonly SearchValues<char> BylineStartLetters = SearchValues.Create("BVPD");

    internal static readonly ISelector BlockChildren = ParsedSelectors.Parse("p, div");

    private static readonly ISelector Paragraphs = ParsedSelectors.Parse("p");

    private const string AuthorLinkList =
        "[itemprop=name], [rel=author], a[href*='/author'], a[href*='/autor'], a[href*='/people/'], a[href*='/profile'], a[href*='/staff/'], a[href*='/journalist'], a[href*='/editors/'], a[href*='/writers/'], a[href*='/reporters/'], a[href*='/contributors/']";

    internal static readonly ISelector AuthorLinks = ParsedSelectors.Parse(AuthorLinkList);

    internal static readonly ISelector NameElements = ParsedSelectors.Parse(AuthorLinkList + ", [class*=author-name], [class*=authorName], [class*=byline__name], [class*=byline-name]");

    private const int ByPrefixPoints = 3;
    private const int InScopePoints = 3;
    private const int MetadataAuthorPoints = 4;
    private const int BylineNamePoints = 1;

    public static string? Find(IDocument document, PageMetadata metadata, IReadOnlyList<IElement> content, TextStatistics stats)
    {
        IElement? scope = ArticleScope(content);
        string? best = null;
        int bestScore = int.MinValue;
        bool bestIsTeaser = false;
        int order = 0;
        // What the text can still add to a candidate's score: a "By" prefix, and a metadata author's name only when there is one.
        int textPoints = ByPrefixPoints + (metadata.JsonLdPersonAuthors.Count + metadata.MetaAuthors.Count > 0 ? MetadataAuthorPoints : 0);
        var texts = new SubtreeTexts();
        var judged = new HashSet<IElement>(ReferenceEqualityComparer.Instance);
        foreach (IElement found in stats.Elements.InDocument(Selector))
        {
            IElement candidate = Group(found, texts);
            if (!judged.Add(candidate))
            {
                continue;
            }

            order++;

            // The points the markup gives, asked first: a candidate that cannot beat the best even with every text point
            // changes nothing, so its region checks and text are not built.
            int score = (scope is not null && scope.Contains(candidate) ? InScopePoints : 0)
                + (HtmlRules.NamesOf(candidate).Contains("byline", StringComparison.OrdinalIgnoreCase) ? BylineNamePoints : 0)
                - (order / 20);
            if (score + textPoints <= bestScore
                || HtmlRules.IsHidden(candidate) || InsideExcludedRegion(candidate, stats, texts) || HasCandidateAncestor(candidate))
            {
                continue;
            }

            string? text = BylineText(candidate, texts);
            if (text is null)
            {
                continue;
            }

            if (ByPrefix().IsMatch(text))
            {
                score += ByPrefixPoints;
            }

            if (metadata.JsonLdPersonAuthors.Exists(a => text.Contains(a, StringComparison.OrdinalIgnoreCase))
                || metadata.MetaAuthors.Exists(a => text.Contains(a, StringComparison.OrdinalIgnoreCase)))
            {
                score += MetadataAuthorPoints;
            }

            if (score > bestScore)
            {
                bestScore = score;
                best = text;
                bestIsTeaser = IsAfterStory(candidate, scope, content);
            }
        }

        // No byline box near the story (none, or only one after it outside its container: a teaser's):
        // links to author pages inside the story's own container are the visible byline.
        if ((best is null || bestIsTeaser) && scope is not null && AuthorLinkNames(scope, content, stats, texts) is { Count: > 0 } linked)
        {
            best = JoinNames(linked);
        }

        if (best is null && scope is not null)
        {
            best = ByLine(scope, stats, texts);
        }

        // A byline box that names only the site or an organisation, while the story opens with its writers' names
        // on a line of their own: the names are the byline.
        // The head's name line is asked first: it is rare and cheap to rule out, parsing the byline is not.
        if (best is not null && NameLineAtHead(content, texts) is { } writers && NamesNoPerson(best))
        {
            return writers;
        }

        if (best is not null)
        {
            return best;
        }

        if (metadata.JsonLdPersonAuthors.Count > 0)
        {
            return JoinNames(metadata.JsonLdPersonAuthors);
        }

        return metadata.MetaAuthor;
    }

    // A box outside the story's container that comes after the story text belongs to another story (sidebar, teaser);
    // a byline before the text (the story's header) is the story's even outside the container.
    private static bool IsAfterStory(IElement candidate, IElement? scope, IReadOnlyList<IElement> content) =>
        scope is not null && content.Count > 0 && !scope.Contains(candidate)
        && (content[0].CompareDocumentPosition(candidate) & DocumentPositions.Following) != 0;

    // Several author links side by side ("<a rel=author>A</a> and <a rel=author>B</a>") are one byline: judge their box.
    private static IElement Group(IElement author, SubtreeTexts texts)
    {
        IElement box = author;
        for (int i = 0; i < 2 && box.ParentElement is { } parent && parent.LocalName != "body"; i++)
        {
            // The parent holds more author links than the box exactly when one sits beside the box: asked of the
            // siblings alone, stopping at the first, instead of counting both subtrees. A long parent is ruled out first,
            // after reading only its first couple of hundred characters.
            if (HtmlText.IsLongerThan(parent, 200) || !HasAuthorLinkBeside(box, parent))
            {
                break;
            }

            box = parent;
        }

        return box;
    }

    /// <summary>
    /// Whether <paramref name="parent"/> holds an author link outside <paramref name="box"/> (its child), that is
    /// <c>parent.All(AuthorLinks)</c> counts more than the box and its descendants.
    /// </summary>
    internal static bool HasAuthorLinkBeside(IElement box, IElement parent)
    {
        foreach (IElement sibling in parent.Children)
        {
            if (sibling != box && (AuthorLinks.Match(sibling) || sibling.First(AuthorLinks) is not null))
            {
                return true;
            }
        }

        return false;
    }

    private static List<string> AuthorLinkNames(IElement scope, IReadOnlyList<IElement> content, TextStatistics stats, SubtreeTexts texts)
    {
        IElement? text = null;
        bool located = false; // The story's first paragraph is looked for at the first name only: most pages have none.
        var before = new List<string>();
        var names = new List<string>();
        foreach (IElement link in scope.All(AuthorLinks))
        {
            string name = CleanPiece(texts.Of(link));
            if (name.Length is >= 3 and <= 50 && name.Contains(' ', StringComparison.Ordinal) && !IsNoise(name)
                && !InsideExcludedRegion(link, stats, texts) && !InsideProse(link, name, texts) && !names.Contains(name))
            {
                names.Add(name);
                if (!located)
                {
                    text = FirstStoryParagraph(content);
                    located = true;
                }

                if (text is not null && (text.CompareDocumentPosition(link) & DocumentPositions.Preceding) != 0)
                {
                    before.Add(name);
                }
            }
        }

        // Links above the story text are its byline; those below it belong to an author box or related stories.
        List<string> chosen = before.Count > 0 ? before : names;
        return chosen.Count <= 4 ? chosen : [];
    }

    private static IElement? FirstStoryParagraph(IReadOnlyList<IElement> content)
    {
        foreach (IElement paragraph in StoryParagraphs(content))
        {
            if (HtmlText.IsLongerThan(paragraph, 79))
            {
                return paragraph;
            }
        }

        return null;
    }

    // The story's paragraphs in document order, found as they are asked for: the rules reading them stop after the first few.
    private static IEnumerable<IElement> StoryParagraphs(IReadOnlyList<IElement> content)
    {
        foreach (IElement block in content)
        {
            if (block.LocalName == "p")
            {
                yield return block;
                continue;
            }

            foreach (IElement paragraph in block.InOrder(Paragraphs))
            {
                yield return paragraph;
            }
        }
    }

    // A person's name linked inside a sentence of the story is a mention, not a byline.
    private static bool InsideProse(IElement link, string name, SubtreeTexts texts) =>
        link.Closest(Paragraphs) is { } paragraph && texts.Of(paragraph).Length > (2 * name.Length) + 80;

    // A short "By …" line in the story's container with no byline markup ("By Jane Doe, in News, 3 Feb 2025").
    private static string? ByLine(IElement scope, TextStatistics stats, SubtreeTexts texts)
    {
        IHtmlCollection<IElement> lines = scope.All(ShortLines);
        bool[] holdsBlock = HoldBlocks(lines);
        for (int i = 0; i < lines.Length; i++)
        {
            // A line holding a p or div is no short line, nor one that cannot start with "By" and its kin, nor a long one;
            // all asked before its text is built, for the large containers.
            IElement line = lines[i];
            if (holdsBlock[i] || !HtmlText.MayStartWith(line, BylineStartLetters) || HtmlText.IsLongerThan(line, 200))
            {
                continue;
            }

            string text = texts.Of(line);
            if (text.Length is < 5 or > 200 || !BylineStart().IsMatch(text) || HtmlRules.IsHidden(line) || InsideExcludedRegion(line, stats, texts))
            {
                continue;
            }

            // "By Jane Doe, in News, Business": what follows "in" is the section filed under.
            string joined = FiledIn().Replace(JoinPieces(Pieces(line)), string.Empty);
            if (joined.Length > 4 && Normalization.BylineParser.LooksLikeBylineLine(joined))
            {
                return joined;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether each of <paramref name="lines"/> (every p, div and span under a scope, in document order) holds a p or div,
    /// as <c>line.First(BlockChildren) is not null</c>: descendants follow their ancestor in document order, so a line
    /// holds one exactly when it holds the next p or div of the list.
    /// </summary>
    internal static bool[] HoldBlocks(IReadOnlyList<IElement> lines)
    {
        var holds = new bool[lines.Count];
        IElement? nextBlock = null;
        for (int i = lines.Count - 1; i >= 0; i--)
        {
            holds[i] = nextBlock is not null && lines[i].Contains(nextBlock);
            if (BlockChildren.Match(lines[i]))
            {
                nextBlock = lines[i];
            }
        }

        return holds;
    }

    private static bool NamesNoPerson(string byline) => Normalization.BylineParser.Parse(byline) is not { Authors.Count: > 0 };

    // The story's first short paragraphs: one wholly in bold that is only names ("Jane Doe/John Roe") is its byline.
    private static string? NameLineAtHead(IReadOnlyList<IElement> content, SubtreeTexts texts)
    {
        int seen = 0;
        foreach (IElement paragraph in StoryParagraphs(content))
        {
            // A long paragraph is told without building its text.
            if (HtmlText.IsLongerThan(paragraph, 80))
            {
                return null; // The story text has begun.
            }

            string text = texts.Of(paragraph);
            if (text.Length == 0)
            {
                continue;
            }

            if (++seen > 4)
            {
                return null;
            }

            if (IsAllBold(paragraph, text, texts) && NameList().IsMatch(text) && Normalization.BylineParser.Parse(text) is { Authors.Count: > 0 })
            {
                return text;
            }
        }

        return null;
    }

    private static bool IsAllBold(IElement paragraph, string text, SubtreeTexts texts) =>
        paragraph.Children.Length == 1 && paragraph.Children[0].LocalName is "strong" or "b" && texts.Of(paragraph.Children[0]) == text;

    private static IElement? ArticleScope(IReadOnlyList<IElement> content)
    {
        if (content.Count == 0)
        {
            return null;
        }

        IElement? scope = content[0];
        for (int i = 0; i < 4 && scope?.ParentElement is { } parent && parent.LocalName != "body"; i++)
        {
            scope = parent;
            if (parent.LocalName is "article" or "main")
            {
                break;
            }
        }

        return scope;
    }

    private static bool HasCandidateAncestor(IElement candidate)
    {
        // The outermost author element is judged; its name children are read from it.
        for (IElement? a = candidate.ParentElement; a is not null; a = a.ParentElement)
        {
            if (a.GetAttribute("itemprop") == "author" || HtmlRules.NamesOf(a).Contains("byline", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool InsideExcludedRegion(IElement element, TextStatistics stats, SubtreeTexts texts)
    {
        for (IElement? a = element; a is not null; a = a.ParentElement)
        {
            if (a.LocalName is "figure" or "figcaption" || (a != element && a.LocalName == "li"))
            {
                return true;
            }

            if (a.LocalName == "footer" && a.Closest(StoryRegion) is null)
            {
                return true; // The site's footer; a footer inside the story may carry its byline.
            }

            if (a != element && a.LocalName == "a" && a.HasAttribute("href") && texts.Of(a).Length > texts.Of(element).Length + 40)
            {
                return true; // A card linking to another story, with its headline and byline inside the link.
            }
        }

        // A nav holding schema.org author markup is the story's byline strip ("Edited by <span itemprop=author>…"), not a menu.
        bool authorMarkup = SchemaAuthor.Match(element) || element.First(SchemaAuthor) is not null;
        return HtmlRules.IsInsideNamedRegion(element, stats, ExcludedRegion(), withAsides: false, withNav: !authorMarkup);
    }

    private static string? BylineText(IElement candidate, SubtreeTexts texts)
    {
        if (HtmlText.IsLongerThan(candidate, 300))
        {
            return null; // Told without building a large box's text.
        }

        string full = texts.Of(candidate);
        if (full.Length < 3 || CopyrightLine().IsMatch(full))
        {
            return null; // A copyright notice marked up as the author ("© dpa-infocom") names the rights holder, not the writer.
        }

        var names = new List<string>();
        IHtmlCollection<IElement> nameElements = candidate.All(NameElements);
        for (int i = 0; i < nameElements.Length; i++)
        {
            if (HoldsNextListed(nameElements, i))
            {
                continue; // A wrapper of several names (itemprop=name around two links): its names are read one by one.
            }

            IElement n = nameElements[i];
            string name = CleanPiece(texts.Of(n));
            if (name.Length is >= 3 and <= 60 && !IsNoise(name) && !names.Exists(x => x.Contains(name, StringComparison.OrdinalIgnoreCase) || name.Contains(x, StringComparison.OrdinalIgnoreCase)))
            {
                names.Add(name);
            }
        }

        string joined = JoinPieces(Pieces(candidate));
        if (names.Count > 0)
        {
            // Only some names linked to profile pages ("By A, <a>B</a> and C", "Par <a>A</a> (avec B et C)"): the shown list names them all.
            if (ShowsCoAuthors(joined, names))
            {
                return ByPrefix().IsMatch(joined) ? joined : "By " + joined; // As JoinNames words a list of linked names.
            }

            return ShowsMoreNames(joined, names) ? joined : JoinNames(names);
        }

        return joined.Length is < 3 or > 150 || !HasLetter(joined) ? null : joined;
    }

    /// <summary>
    /// Whether <paramref name="elements"/>[<paramref name="i"/>] holds another of the listed elements (all matches of one
    /// query under a scope, in document order), as <c>First(query) is not null</c>: descendants follow their ancestor in
    /// document order, so it holds one exactly when it holds the next one listed.
    /// </summary>
    internal static bool HoldsNextListed(IHtmlCollection<IElement> elements, int i) =>
        i + 1 < elements.Length && elements[i].Contains(elements[i + 1]);

    private static bool ShowsMoreNames(string shown, List<string> names)
    {
        // Only a list shaped like a byline: "By A, B and C", every linked name in it.
        if (shown.Length > 150 || !ByPrefix().IsMatch(shown) || !ListJoiner().IsMatch(shown)
            || !names.TrueForAll(n => shown.Contains(n, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        string[] parts = NameSeparator().Split(ByPrefix().Replace(shown, string.Empty)).Where(p => p.Trim().Length > 0).ToArray();
        return parts.Length > names.Count && Array.TrueForAll(parts, p => p.Trim().Split(' ').Length <= 4 && char.IsUpper(p.Trim()[0]));
    }

    private static bool ShowsCoAuthors(string shown, List<string> names) =>
        shown.Length <= 150 && CoAuthors().IsMatch(shown) && names.TrueForAll(n => shown.Contains(n, StringComparison.OrdinalIgnoreCase));

    // The byline's text pieces (text nodes apart), so that a name and a job title in sibling spans stay apart.
    private static List<string> Pieces(IElement candidate)
    {
        var pieces = new List<string>();
        foreach (INode node in candidate.GetDescendants())
        {
            if (node is not IText text || text.ParentElement is not { } parent
                || parent.LocalName is "time" or "script" or "style" or "button" || HtmlRules.IsHidden(parent))
            {
                continue;
            }

            string piece = HtmlText.Normalize(text.Data);
            if (piece.Length > 0)
            {
                pieces.Add(piece);
            }
        }

        // What comes before "By" is a label or a section name.
        int by = pieces.FindIndex(StartsWithByWord);
        return by > 0 ? pieces[by..] : pieces;
    }

    private static string JoinPieces(List<string> pieces)
    {
        var builder = new System.Text.StringBuilder();
        bool previousWasName = false;
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (string raw in pieces)
        {
            Match tail = Tail().Match(raw);
            bool stopped = tail.Success || raw.StartsWith('|');
            string piece = CleanPiece(tail.Success ? raw[..tail.Index] : raw);
            bool byWord = StartsWithByWord(piece);
            if (builder.Length > 0 && byWord && builder.ToString().Trim().Equals(piece.Split(' ')[0], StringComparison.OrdinalIgnoreCase))
            {
                builder.Clear(); // "By" twice: a label and the byline's own word.
            }

            if (piece.Length > 0 && !IsNoise(piece) && seen.Add(piece))
            {
                bool connector = Connector().IsMatch(piece);
                bool isBy = byWord && piece.Length <= 4;
                string word = connector ? piece.Trim(',', ' ') : piece;
                if (word.Length == 0)
                {
                    builder.Append(','); // A bare comma between names.
                }
                else
                {
                    if (builder.Length > 0)
                    {
                        // A piece opening with punctuation (", Reuters" after a linked name) joins the name without a space.
                        builder.Append(word[0] is ',' or ';' or '.' or ')' ? string.Empty
                            : previousWasName && !connector && !piece.StartsWith('(') ? ", " : " ");
                    }

                    builder.Append(word);
                }

                previousWasName = !connector && !isBy && !piece.EndsWith(':') && !piece.EndsWith(',');
            }

            if (stopped)
            {
                break; // A date or read time ends the byline.
            }
        }

        return RepeatedBy().Replace(builder.ToString(), "$1").Trim().TrimEnd(',', '|', '-', '–', '—', '·', '•', ':', '/').Trim();
    }

    /// <summary>Whether the piece starts with "By" or its kin as a word of its own: <c>ByPrefix</c> on the piece and a space.</summary>
    internal static bool StartsWithByWord(string piece) => ByWord().IsMatch(piece);

    // Each pattern is tried only when the piece holds what every match of it needs (its length, an @ or [, a bracket, a final digit).
    internal static string CleanPiece(string piece)
    {
        if (piece.Length >= 7)
        {
            piece = Doubled().Replace(piece, "$1");
        }

        if (piece.AsSpan().ContainsAny('@', '['))
        {
            piece = Handle().Replace(piece, string.Empty);
        }

        if (piece.Contains('(', StringComparison.Ordinal))
        {
            piece = Initials().Replace(piece, string.Empty);
        }

        piece = MoreBy().Replace(piece, string.Empty);
        piece = piece.Trim().TrimEnd('/', '|', '·', '•').Trim();
        return piece.Length > 0 && char.IsDigit(piece[^1]) ? TrailingDigits().Replace(piece, string.Empty) : piece;
    }

    private static bool IsNoise(string piece) =>
        Noise().IsMatch(piece) || CopyrightLine().IsMatch(piece) || !HasLetter(piece) && !Connector().IsMatch(piece);

    private static bool HasLetter(string text)
    {
        foreach (char c in text)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    private static string JoinNames(List<string> names) =>
        names.Count <= 2 ? "By " + string.Join(" and ", names) : "By " + string.Join(", ", names[..^1]) + " and " + names[^1];

    [GeneratedRegex(@"^,?\s*(and|und|et|y|&|or)?\s*,?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Connector();

    // An e-mail address (a dotted domain) or a social handle; a handle glued to the name ("Tom Doe@tomdoe") leaves the name.
    [GeneratedRegex(@"(?<!\S)[\w.+-]+@[\w-]+(\.[\w-]+)+\S*|@\w+|\[email[^\]]*\]\S*", RegexOptions.CultureInvariant)]
    private static partial Regex Handle();

    [GeneratedRegex(@"^(.{3,60}?)\s+\1$", RegexOptions.CultureInvariant)]
    private static partial Regex Doubled();

    [GeneratedRegex(@"^(by)\s+by\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RepeatedBy();

    [GeneratedRegex(@"\s*\([\p{L}.]{1,6}\)", RegexOptions.CultureInvariant)]
    private static partial Regex Initials();

    [GeneratedRegex(@"^(more|all|other|latest) (stories|articles|posts|news) (by|from)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MoreBy();

    [GeneratedRegex(@"(?<=\p{L})\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingDigits();

    // Job titles, follow buttons and archive links that share the byline box with the names.
    [GeneratedRegex(@"^(follow|twitter|facebook|linkedin|email|e-mail|mail|bookmark|share|save|add as|search|view|bio|biography|about|contact|get author rss feed|rss|more from|all articles|see all|read more|watch live|today|news|sport|sports|opinion|comment|updated|published)\b|\b(correspondent|reporter|editor|writer|director|columnist|contributor|journalist(e|in)?|producer|freelance|redakteur(in)?|korrespondent(in)?|(?<!^)redaktion$|chief|staff writer|head of|analyst)\b|^(pub ?med|google scholar|orcid|search for this author)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Noise();

    [GeneratedRegex(@"\s*(?:,|&|\band\b|\bund\b|\bet\b|\by\b)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex NameSeparator();

    [GeneratedRegex(@"\s(?:and|und|et|y|&)\s", RegexOptions.CultureInvariant)]
    private static partial Regex ListJoiner();

    [GeneratedRegex(@"^(by|von|par|por|door|di|de)\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ByPrefix();

    // ByPrefix on the piece with a space after it: the word ends at a space or at the piece's end.
    [GeneratedRegex(@"^(by|von|par|por|door|di|de)(\s|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ByWord();

    // "By" and a capitalised word: "By the end of the year" is prose.
    [GeneratedRegex(@"^(By|BY|Von|VON|Par|PAR|Por|POR|Door)\s+\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex BylineStart();

    // Co-authors in brackets after the linked name: "(avec Damien Leloup et Morgane Tual)", "(with Jane Roe)".
    [GeneratedRegex(@"\((" + Normalization.BylineParser.CoAuthorWords + @")\s+\p{Lu}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CoAuthors();

    [GeneratedRegex(@",?\s+in(?=[\s,]|$).*$", RegexOptions.CultureInvariant)]
    private static partial Regex FiledIn();

    [GeneratedRegex(@"^\s*(©|\(c\)\s|copyright\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CopyrightLine();

    // Capitalised names of two to four words, joined by "/", ",", "&" or "and".
    [GeneratedRegex(@"^\p{Lu}[\p{L}\p{M}'’.-]+(\s+\p{Lu}[\p{L}\p{M}'’.-]+){1,3}(\s*(/|,|&|\band\b)\s*\p{Lu}[\p{L}\p{M}'’.-]+(\s+\p{Lu}[\p{L}\p{M}'’.-]+){1,3}){0,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex NameList();

    [GeneratedRegex(@"\s[|•·]\s|\s[-–—]\s(?=\d)|\b(updated|published|posted|last updated|aktualisiert|veröffentlicht|lesedauer|lesezeit|\d+\s*min(ute)?s?\s+read|\d{1,2}:\d{2})\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(st|nd|rd|th)?\b|\b(19|20)\d{2}\b|\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\b|\b\d{1,2}(st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b\d{4}-\d{2}-\d{2}|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}|(?<=[a-z])(?=\d+\s*min)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Tail();

    [GeneratedRegex(@"comment|related|recommend|teaser|promo|more-?stories|trending|popular|newsletter|site-?footer|(^|\s)card|author-?bio|bio-?box|about-?the-?author|affiliation",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExcludedRegion();
}
