using System.Text.RegularExpressions;

namespace WireIngest.Core.Extraction.Html;

/// <summary>The answers of the name patterns for one names string, one bit per pattern, each found when first asked.</summary>
internal sealed class NameAnswers
{
    private ulong known;
    private ulong matched;

    /// <summary>Whether <paramref name="pattern"/> (bit <paramref name="index"/>, below 64) matches <paramref name="names"/>.</summary>
    public bool IsMatch(int index, Regex pattern, string names)
    {
        ulong bit = 1UL << index;
        if ((known & bit) == 0)
        {
            if (pattern.IsMatch(names))
            {
                matched |= bit;
            }

            known |= bit;
        }

        return (matched & bit) != 0;
    }
}
