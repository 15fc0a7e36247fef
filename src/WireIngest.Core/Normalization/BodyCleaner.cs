using System.Text.RegularExpressions;
using WireIngest.Core.Model;

namespace WireIngest.Core.Normalization;

/// <summary>Removes what is not story text from a body: empty blocks, copyright lines and, on a page, byline lines and repeats, date lines and the credits trailer.</summary>
internal static partial class BodyCleaner
{
    // Trailers sit in the last few paragraphs (a reuters.com page may add a standards line after it).
    private const int TrailerWindow = 3;

    // Byline repeats sit near the top (on the wire after a trash line and up to five bullets); one further down that matches is more likely prose.
    private const int BylineWindow = 7;

    // Date lines sit with the headline and byline, above the text.
    private const int StampWindow = 4;

    // "By taking off the top half…" is prose: a byline line names capitalised people or an agency.
    private static bool IsPlausible(Byline byline) =>
        byline.Agency is not null || (byline.Authors.Count > 0 && byline.Authors.All(a => a.Split(' ').All(w => char.IsUpper(w[0]) || NameCaser.IsParticle(w))));

    /// <summary>Cleans a body.</summary>
    /// <param name="draftBody">The extractor's blocks.</param>
    /// <param name="byline">The byline the document declares, or <c>null</c>: a leading byline paragraph is then taken as the byline.</param>
    /// <param name="providerCopy">
    /// <c>true</c> for a wire item: its paragraphs are the provider's copy, so a byline paragraph (<c>By Joseph Ax</c>) and the
    /// credits trailer stay in the body (the trailer is still read into the credits).
    /// </param>
    /// <param name="site">A page's own site name, which a byline paragraph credits as the outlet, not a person; <c>null</c> for a wire item.</param>
    public static CleanedBody Clean(IEnumerable<BodyBlock> draftBody, Byline? byline, bool providerCopy, string? site = null)
    {
        var blocks = new List<BodyBlock>();
        foreach (BodyBlock block in draftBody)
        {
            string text = TextNormalizer.NormalizeInline(block.Text);
            if (text.Length > 0 && !IsMarkupOnly(text))
            {
                blocks.Add((object)text == block.Text ? block : block with { Text = text });
            }
        }

        if (!providerCopy)
        {
            // The page's date and time printed beside the story (a line of its own, near the top) is not story text;
            // gone first, so that a byline paragraph under it is the leading one.
            RemoveNearTop(blocks, StampWindow, b => b.Kind == BodyBlockKind.Paragraph && DateStampLine.Is(b.Text));
        }

        if (byline is null && blocks.Count > 0 && blocks[0].Kind == BodyBlockKind.Paragraph && BylineParser.LooksLikeBylineLine(blocks[0].Text)
            && BylineParser.Parse(blocks[0].Text, printed: providerCopy, site: site) is { } fromBody && IsPlausible(fromBody))
        {
            byline = fromBody;
            if (!providerCopy)
            {
                blocks.RemoveAt(0);
            }
        }

        if (byline is not null && !providerCopy)
        {
            RemoveNearTop(blocks, BylineWindow, b => BylineParser.IsRepeatOf(b.Text, byline));
        }

        var copyrightLines = new List<string>();
        blocks.RemoveAll(b =>
        {
            bool isNotice = b.Kind == BodyBlockKind.Paragraph && CopyrightParser.LooksLikeCopyright(b.Text);
            if (isNotice)
            {
                copyrightLines.Add(b.Text);
            }

            return isNotice;
        });

        var credits = new List<StoryCredit>();
        for (int i = blocks.Count - 1; i >= Math.Max(0, blocks.Count - TrailerWindow); i--)
        {
            if (blocks[i].Kind == BodyBlockKind.Paragraph && StoryCreditsParser.TryParse(blocks[i].Text, out IReadOnlyList<StoryCredit> found))
            {
                credits.InsertRange(0, found);
                if (!providerCopy)
                {
                    blocks.RemoveAt(i);
                }
            }
        }

        return new CleanedBody(blocks, byline, copyrightLines, credits);
    }

    // Removes the blocks among the first window that match, last first so the indices stay valid.
    private static void RemoveNearTop(List<BodyBlock> blocks, int window, Predicate<BodyBlock> match)
    {
        for (int i = Math.Min(window, blocks.Count) - 1; i >= 0; i--)
        {
            if (match(blocks[i]))
            {
                blocks.RemoveAt(i);
            }
        }
    }

    // Markup starts with a tag: most blocks are ruled out without the regex.
    private static bool IsMarkupOnly(string text) => text[0] == '<' && MarkupOnly().IsMatch(text);

    // A block that is nothing but tags ("<p>", "</p><br/>") is markup a provider left in plain text, not story text.
    [GeneratedRegex(@"^(?:</?[A-Za-z][A-Za-z0-9]*\s*/?>\s*)+$")]
    private static partial Regex MarkupOnly();
}
