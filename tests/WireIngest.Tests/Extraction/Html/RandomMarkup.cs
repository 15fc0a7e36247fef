using System.Text;

namespace WireIngest.Tests.Extraction.Html;

/// <summary>Random nested markup for the tests that hold a rewritten walk equal to the walk it replaced.</summary>
internal static class RandomMarkup
{
    /// <summary>A page of 1 to <paramref name="maxParts"/> − 1 top-level parts, each appended by <paramref name="grow"/>.</summary>
    public static string Page(Random random, int maxParts, Action<StringBuilder> grow)
    {
        var html = new StringBuilder();
        for (int n = random.Next(1, maxParts); n > 0; n--)
        {
            grow(html);
        }

        return html.ToString();
    }

    /// <summary>Appends one element of a random tag and class holding 0 to 3 children that <paramref name="child"/> appends.</summary>
    public static void AppendElement(StringBuilder html, Random random, string[] tags, string[] classes, Action child)
    {
        string tag = tags[random.Next(tags.Length)];
        string cls = classes[random.Next(classes.Length)];
        html.Append('<').Append(tag).Append(cls.Length > 0 ? $" class='{cls}'" : string.Empty).Append('>');
        for (int n = random.Next(0, 4); n > 0; n--)
        {
            child();
        }

        html.Append("</").Append(tag).Append('>');
    }
}
