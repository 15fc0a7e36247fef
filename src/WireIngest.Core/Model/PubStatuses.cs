namespace WireIngest.Core.Model;

/// <summary>ninjs <c>pubStatus</c> values.</summary>
public static class PubStatuses
{
    public const string Usable = "usable";
    public const string Withheld = "withheld";
    public const string Canceled = "canceled";
}
