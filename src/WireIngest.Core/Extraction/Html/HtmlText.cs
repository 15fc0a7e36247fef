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
        Append(element, builder, 0);
        string text = TextNormalizer.NormalizeInline(builder);
        if (builder.Capacity > MaxKeptCapacity)
        {
            shared = null; // A huge subtree's text is not kept alive for the thread's lifetime.
        }

        return text;
    }

    private static void Append(INode node, StringBuilder builder, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        foreach (INode child in node.ChildNodes)
        {
            if (child is IText text)
            {
                builder.Append(text.Data);
            }
            else if (child is IElement element && !HtmlRules.IsInvisibleTag(element.LocalName) && !HtmlRules.IsHidden(element))
            {
                if (HtmlRules.IsBlockTag(element.LocalName) || element.LocalName == "br")
                {
                    builder.Append(' ');
                }

                Append(element, builder, depth + 1);
            }
        }
    }
}
