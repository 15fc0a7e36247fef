namespace WireIngest.Cli;

/// <summary>Exit codes shared by every verb.</summary>
internal static class ExitCodes
{
    /// <summary>Everything went through.</summary>
    public const int Success = 0;

    /// <summary>Fatal or configuration error: nothing useful was done.</summary>
    public const int Fatal = 1;

    /// <summary>Some input or source failed; the rest went through.</summary>
    public const int InputFailed = 2;

    /// <summary>Publishing could not deliver; messages are kept for later.</summary>
    public const int PublishFailed = 3;
}
