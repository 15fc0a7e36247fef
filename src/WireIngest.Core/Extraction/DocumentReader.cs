using System.IO.Compression;
using WireIngest.Core.Model;

namespace WireIngest.Core.Extraction;

/// <summary>
/// Reads an input into a <see cref="RawDocument"/>: enforces the size caps, gunzips gzip input whatever its name
/// (stopping at the decompressed cap, so a gzip bomb costs at most the cap), and rejects empty and binary files.
/// </summary>
public sealed class DocumentReader(DocumentLimits limits)
{
    public DocumentReader()
        : this(new DocumentLimits())
    {
    }

    /// <summary>Reads a file.</summary>
    /// <exception cref="DocumentRejectedException">Empty, binary, over a cap, or a broken gzip stream.</exception>
    /// <exception cref="IOException">The file could not be read.</exception>
    public async Task<RawDocument> ReadFileAsync(string path, string? url = null, CancellationToken cancellationToken = default)
    {
        await using var stream = new FileStream(path, new FileStreamOptions
        {
            Mode = FileMode.Open,
            Access = FileAccess.Read,
            Share = FileShare.ReadWrite,
            Options = FileOptions.SequentialScan | FileOptions.Asynchronous,
        });
        return await ReadAsync(stream, DocumentOrigin.FromFile(path, url), contentType: null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads a stream to its end.</summary>
    public async Task<RawDocument> ReadAsync(Stream stream, DocumentOrigin origin, string? contentType = null, CancellationToken cancellationToken = default)
    {
        byte[] raw = await ReadCappedAsync(stream, limits.MaxCompressedBytes > limits.MaxDocumentBytes ? limits.MaxCompressedBytes : limits.MaxDocumentBytes, "input", cancellationToken).ConfigureAwait(false);
        return FromBytes(raw, origin, contentType);
    }

    /// <summary>Wraps bytes already in memory.</summary>
    public RawDocument FromBytes(byte[] raw, DocumentOrigin origin, string? contentType = null)
    {
        byte[] content = IsGzip(raw) ? Gunzip(raw) : raw;
        if (content.Length > limits.MaxDocumentBytes)
        {
            throw new DocumentRejectedException($"too large: {content.Length:N0} bytes exceeds the {limits.MaxDocumentBytes:N0}-byte cap");
        }

        if (content.AsSpan().Trim((ReadOnlySpan<byte>)[(byte)'\t', (byte)'\n', (byte)'\v', (byte)'\f', (byte)'\r', (byte)' ', 0xEF, 0xBB, 0xBF]).IsEmpty)
        {
            throw new DocumentRejectedException("empty file");
        }

        ReadOnlySpan<byte> head = content.AsSpan(0, Math.Min(content.Length, DocumentSniffer.HeadLength));
        if (DocumentSniffer.LooksBinary(head))
        {
            throw new DocumentRejectedException("binary content, not a text document");
        }

        return new RawDocument(origin, content, contentType);
    }

    private static bool IsGzip(ReadOnlySpan<byte> bytes) => bytes.Length >= 3 && bytes[0] == 0x1F && bytes[1] == 0x8B && bytes[2] == 0x08;

    private byte[] Gunzip(byte[] compressed)
    {
        if (compressed.Length > limits.MaxCompressedBytes)
        {
            throw new DocumentRejectedException($"too large: compressed input of {compressed.Length:N0} bytes exceeds the {limits.MaxCompressedBytes:N0}-byte cap");
        }

        try
        {
            using var gzip = new GZipStream(new MemoryStream(compressed, writable: false), CompressionMode.Decompress);
            return ReadCappedAsync(gzip, limits.MaxDocumentBytes, "decompressed content", CancellationToken.None).GetAwaiter().GetResult();
        }
        catch (InvalidDataException ex)
        {
            throw new DocumentRejectedException($"malformed gzip: {ex.Message}", ex);
        }
    }

    /// <summary>Reads a stream to its end, stopping with a rejection as soon as it passes <paramref name="cap"/> bytes.</summary>
    internal static async Task<byte[]> ReadCappedAsync(Stream stream, long cap, string what, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        byte[] chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > cap)
            {
                throw new DocumentRejectedException($"too large: {what} exceeds the {cap:N0}-byte cap");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
