namespace WireIngest.Core.Storage;

/// <summary>Defaults of <see cref="StorageOptions"/>.</summary>
internal static class StorageConstants
{
    public const string DefaultPath = "data/wireingest.db";

    public const int DefaultBusyRetries = 5;

    public const int DefaultRetentionDays = 30;

    public static readonly TimeSpan DefaultBusyTimeout = TimeSpan.FromSeconds(5);

    public static readonly TimeSpan BusyRetryDelay = TimeSpan.FromMilliseconds(50);

    /// <summary>SQLite primary result codes that mean "someone else holds the lock, try again".</summary>
    public const int SqliteBusy = 5;

    public const int SqliteLocked = 6;
}
