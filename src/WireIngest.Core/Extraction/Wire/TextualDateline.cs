using System.Text.RegularExpressions;

namespace WireIngest.Core.Extraction.Wire;

/// <summary>
/// Keeps a dateline element only when it holds text a reader would see (<c>STOCKHOLM, Aug 29, 2014 (AFP) -</c>):
/// Reuters G2 puts a timestamp there, EFE a compact ISO date, ANA a bare numeric date.
/// </summary>
internal static partial class TextualDateline
{
    /// <summary>The dateline, or <c>null</c> when it is missing or only a timestamp.</summary>
    public static string? OrNull(string? dateline) =>
        dateline is null || TimestampPattern().IsMatch(dateline) ? null : dateline;

    [GeneratedRegex(@"^\s*\d{4}-?\d{2}-?\d{2}([T ]|$)|\d{1,2}:\d{2}|^[\d\s/.:+T-]*$")]
    private static partial Regex TimestampPattern();
}
