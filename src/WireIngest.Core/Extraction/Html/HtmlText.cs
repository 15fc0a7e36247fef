using System.Text;
using AngleSharp.Dom;
using WireIngest.Core.Normalization;

namespace WireIngest.Core.Extraction.Html;

/// <summary>Visible text of small subtrees (a paragraph, a byline, a caption), skipping scripts and styles.</summary>
internal static class HtmlText
{
    /// <summary>Deeper markup than this is ignored: real pages never nest so deep, hostile ones would overflow the stack.</summary>
    public const int MaxDepth = 400;

    public static string Normalize(string? text) => text is null ? string.Empty : TextNormalizer.NormalizeInline(text);

    /// <summary>Normalised visible text of the element.</summary>
    public static string Of(IElement element)
    {
        var builder = new StringBuilder();
        Append(element, builder, 0);
        return TextNormalizer.NormalizeInline(builder.ToString());
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
