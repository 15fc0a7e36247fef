using System.Globalization;

namespace WireIngest.Cli;

/// <summary>How the operator tables print a time: UTC to the second, <c>-</c> when there is none.</summary>
internal static class CliTime
{
    public static string Format(DateTimeOffset? time) => time?.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "-";
}
