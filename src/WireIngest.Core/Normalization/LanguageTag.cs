using System.Globalization;

namespace WireIngest.Core.Normalization;

/// <summary>Normalises the case of a BCP 47 tag (<c>EN_us</c> → <c>en-US</c>, <c>zh-hant-tw</c> → <c>zh-Hant-TW</c>).</summary>
internal static class LanguageTag
{
    /// <summary>The tag in canonical case, or <c>null</c> when it does not start with a 2–3 letter language.</summary>
    public static string? Normalize(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        string[] parts = tag.Trim().Replace('_', '-').Split('-', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || parts[0].Length is < 2 or > 3 || !parts[0].All(char.IsAsciiLetter))
        {
            return null;
        }

        for (int i = 0; i < parts.Length; i++)
        {
            string p = parts[i];
            parts[i] = i == 0 ? p.ToLowerInvariant()
                : p.Length == 4 && p.All(char.IsAsciiLetter) ? char.ToUpperInvariant(p[0]) + p[1..].ToLowerInvariant()
                : p.Length == 2 || (p.Length == 3 && p.All(char.IsAsciiDigit)) ? p.ToUpper(CultureInfo.InvariantCulture)
                : p.ToLowerInvariant();
        }

        return string.Join('-', parts);
    }
}
