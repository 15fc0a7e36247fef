using System.Globalization;

namespace WireIngest.Core.Storage;

/// <summary>Times as the store keeps them: UTC text of fixed width, so SQL compares them in time order.</summary>
internal static class StoreTime
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static string Write(DateTimeOffset value) => value.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    public static string? Write(DateTimeOffset? value) => value is { } v ? Write(v) : null;

    public static DateTimeOffset Read(string value) =>
        DateTimeOffset.ParseExact(value, Format, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public static DateTimeOffset? ReadNullable(string? value) => value is null ? null : Read(value);
}
