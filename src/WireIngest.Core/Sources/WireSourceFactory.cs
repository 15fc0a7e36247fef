using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using WireIngest.Core.Extraction;
using WireIngest.Core.Sources.Http;
using WireIngest.Core.Storage;

namespace WireIngest.Core.Sources;

/// <summary>Creates the source a <see cref="SourceOptions"/> describes (options already validated).</summary>
public sealed class WireSourceFactory
{
    private readonly DocumentLimits _limits;
    private readonly IDocumentLedger _ledger;
    private readonly IHttpValidatorStore? _validators;
    private readonly TimeProvider _timeProvider;
    private readonly ILoggerFactory _loggers;

    /// <summary>A factory for folder sources only.</summary>
    public WireSourceFactory(DocumentLimits limits, IDocumentLedger ledger, TimeProvider timeProvider)
        : this(limits, ledger, null, timeProvider, NullLoggerFactory.Instance)
    {
    }

    /// <summary>A factory for every kind; <paramref name="validators"/> keeps the HTTP source's conditional-GET state.</summary>
    public WireSourceFactory(DocumentLimits limits, IDocumentLedger ledger, IHttpValidatorStore? validators, TimeProvider timeProvider, ILoggerFactory loggers)
    {
        _limits = limits;
        _ledger = ledger;
        _validators = validators;
        _timeProvider = timeProvider;
        _loggers = loggers;
    }

    /// <summary>Creates the source; the caller disposes it.</summary>
    /// <exception cref="ArgumentException">Kind or mode is unknown.</exception>
    public IWireSource Create(SourceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.IsHttp)
        {
            IHttpValidatorStore validators = _validators ?? throw new ArgumentException("an http source needs the validator store", nameof(options));
            return new HttpSource(options, _limits, _ledger, validators, _timeProvider, _loggers.CreateLogger<HttpSource>());
        }

        if (!options.IsFolder)
        {
            throw new ArgumentException($"unknown source kind '{options.Kind}'", nameof(options));
        }

        return options.Mode.ToLowerInvariant() switch
        {
            FolderModes.Scan => new ScanFolderSource(options, _limits, _ledger, _timeProvider),
            FolderModes.Drop => new DropFolderSource(options, _limits, _timeProvider),
            _ => throw new ArgumentException($"unknown folder mode '{options.Mode}'", nameof(options)),
        };
    }
}
