using System.ComponentModel.DataAnnotations;

namespace WireIngest.Hosting;

/// <summary>The health endpoint (<c>WireIngest:Health</c>), served only by <c>run</c>.</summary>
internal sealed class HealthOptions
{
    /// <summary>The TCP port of <c>/healthz</c>, <c>/readyz</c> and <c>/metrics</c> (served by <c>run</c>); 0 turns the endpoint off.</summary>
    /// <value>Default 0 (off).</value>
    [Range(0, 65535)]
    public int Port { get; set; }

    /// <summary>The address to listen on: all interfaces by default, so a container's port mapping and probes reach it.</summary>
    /// <value>Default <c>0.0.0.0</c>.</value>
    [Required]
    [RegularExpression(@"^[0-9A-Fa-f:.]+$|^localhost$|^\*$", ErrorMessage = "an IP address, 'localhost' or '*'")]
    public string Address { get; set; } = "0.0.0.0";

    /// <summary>
    /// Where a process on the same machine reaches <paramref name="path"/>: the loopback address when the endpoint listens on all
    /// interfaces, else the address itself; <c>null</c> when the endpoint is off.
    /// </summary>
    public Uri? LocalUrl(string path)
    {
        if (Port == 0)
        {
            return null;
        }

        string host = Address switch
        {
            "0.0.0.0" or "*" => "127.0.0.1",
            "::" => "[::1]",
            _ when Address.Contains(':', StringComparison.Ordinal) => $"[{Address}]",
            _ => Address,
        };
        return new Uri($"http://{host}:{Port.ToString(System.Globalization.CultureInfo.InvariantCulture)}{path}");
    }
}
