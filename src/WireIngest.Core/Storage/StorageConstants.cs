namespace WireIngest.Core.Storage;

/// <summary>Defaults of <see cref="StorageOptions"/>.</summary>
internal static class StorageConstants
{
    public const string DefaultPath = "data/wireingest.db";

    public const int DefaultBusyRetries = 5;

    public const int DefaultRetentionDays = 30;

    /// <summary>SQLite's default page size, which the store keeps.</summary>
    public const int PageSize = 4096;

    public static readonly TimeSpan DefaultBusyTimeout = TimeSpan.FromSeconds(5);

    public static readonly TimeSpan BusyRetryDelay = TimeSpan.FromMilliseconds(50);

    /// <summary>SQLite primary result codes that mean "someone else holds the lock, try again".</summary>
    public const int SqliteBusy = 5;

    public const int SqliteLocked = 6;

    /// <summary>SQLite's result code for a damaged database file.</summary>
    public const int SqliteCorrupt = 11;

    /// <summary>SQLite's result code for a file that is not a database.</summary>
    public const int SqliteNotADatabase = 26;
}
