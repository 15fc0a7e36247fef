using WireIngest.Core.Model;

namespace WireIngest.Core.Extraction.Wire;

/// <summary>Maps the status words of wire formats (<c>stat:canceled</c>, <c>Usable</c>, <c>withheld</c>) to ninjs <c>pubStatus</c>.</summary>
internal static class WireStatus
{
    /// <summary>The ninjs value; anything unknown or missing is <c>usable</c>.</summary>
    public static string Parse(string? status)
    {
        string? word = status?[(status.IndexOf(':') + 1)..].Trim().ToLowerInvariant();
        return word switch
        {
            "canceled" or "cancelled" or "kill" or "killed" or "deleted" => PubStatuses.Canceled,
            "withheld" or "embargoed" or "blocked" => PubStatuses.Withheld,
            _ => PubStatuses.Usable,
        };
    }
}
