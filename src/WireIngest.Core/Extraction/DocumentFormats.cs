namespace WireIngest.Core.Extraction;

/// <summary>Names of the input formats, as they appear in <c>wire.source.format</c>.</summary>
public static class DocumentFormats
{
    public const string Html = "html";
    public const string Text = "text";
    public const string WireText = "wire-text";
    public const string NewsMlG2 = "newsml-g2";
    public const string NewsMl12 = "newsml-1.2";
    public const string Nitf = "nitf";
    public const string Anpa1312 = "anpa-1312";
    public const string Iptc7901 = "iptc-7901";
    public const string ApMediaApi = "ap-media-api";
    public const string Ninjs = "ninjs";
    public const string Ritzau = "ritzau";
    public const string Rss = "rss";
    public const string Atom = "atom";

    /// <summary>Whether the format is a web page or page text (<see cref="Html"/>, <see cref="Text"/>) rather than a provider's structured or framed wire item.</summary>
    public static bool IsPage(string format) => format is Html or Text;
}
