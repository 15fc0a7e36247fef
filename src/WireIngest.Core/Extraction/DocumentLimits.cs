namespace WireIngest.Core.Extraction;

/// <summary>Size caps applied to every input before any parsing.</summary>
public sealed class DocumentLimits
{
    /// <summary>Largest document accepted, after decompression.</summary>
    /// <value>Default 16 MiB: the largest real article pages are a few MiB.</value>
    public long MaxDocumentBytes { get; set; } = 16L * 1024 * 1024;

    /// <summary>Largest compressed input accepted.</summary>
    /// <value>Default 16 MiB.</value>
    public long MaxCompressedBytes { get; set; } = 16L * 1024 * 1024;
}
