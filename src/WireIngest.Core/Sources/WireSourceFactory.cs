using WireIngest.Core.Extraction;
using WireIngest.Core.Storage;

namespace WireIngest.Core.Sources;

/// <summary>Creates the source a <see cref="SourceOptions"/> describes (options already validated).</summary>
public sealed class WireSourceFactory(DocumentLimits limits, IDocumentLedger ledger, TimeProvider timeProvider)
{
    /// <summary>Creates the source; the caller disposes it.</summary>
    /// <exception cref="ArgumentException">Kind or mode is unknown.</exception>
    public IWireSource Create(SourceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!string.Equals(options.Kind, SourceKinds.Folder, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"unknown source kind '{options.Kind}'", nameof(options));
        }

        return options.Mode.ToLowerInvariant() switch
        {
            FolderModes.Scan => new ScanFolderSource(options, limits, ledger, timeProvider),
            FolderModes.Drop => new DropFolderSource(options, limits, timeProvider),
            _ => throw new ArgumentException($"unknown folder mode '{options.Mode}'", nameof(options)),
        };
    }
}
