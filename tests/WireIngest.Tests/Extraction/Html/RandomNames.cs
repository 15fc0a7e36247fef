using AngleSharp.Dom;

namespace WireIngest.Tests.Extraction.Html;

/// <summary>Random class, id, role and itemprop values for the tests that hold a fast name test equal to its regex.</summary>
internal static class RandomNames
{
    private static readonly string[] Attributes = ["class", "id", "role", "itemprop"];

    /// <summary>Gives each name attribute, two times in three, a value of <paramref name="minParts"/> to 4 random parts; removes it otherwise.</summary>
    public static void Assign(IElement element, string[] parts, Random random, int minParts) =>
        Assign(element, random, () => string.Concat(Enumerable.Range(0, random.Next(minParts, 5)).Select(_ => parts[random.Next(parts.Length)])));

    /// <summary>Gives each name attribute, two times in three, a value from <paramref name="value"/>; removes it otherwise.</summary>
    public static void Assign(IElement element, Random random, Func<string> value)
    {
        foreach (string name in Attributes)
        {
            element.RemoveAttribute(name);
            if (random.Next(3) > 0)
            {
                element.SetAttribute(name, value());
            }
        }
    }
}
