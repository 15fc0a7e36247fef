using System.Text;
using System.Xml;
using System.Xml.Linq;
using WireIngest.Core.Model;

namespace WireIngest.Core.Extraction.Wire;

/// <summary>
/// The only way wire extractors parse XML: DTDs are skipped (never fetched, never expanded), no resolver,
/// a character cap and a nesting-depth cap. Anything else becomes a <see cref="DocumentRejectedException"/>.
/// </summary>
internal static class SafeXml
{
    /// <summary>Deepest element nesting accepted; real wire documents stay far below it.</summary>
    public const int MaxDepth = 256;

    /// <summary>Largest document accepted, in characters (the byte cap is applied earlier by <see cref="DocumentReader"/>).</summary>
    public const long MaxCharacters = 32L * 1024 * 1024;

    static SafeXml() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance); // ISO-8859-15 and other legacy wire charsets

    /// <summary>Settings for every XML read: DTD ignored, no resolver, capped size.</summary>
    public static XmlReaderSettings Settings(long maxCharacters = MaxCharacters) => new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        MaxCharactersInDocument = maxCharacters,
        MaxCharactersFromEntities = 0,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = false,
        CloseInput = true,
    };

    /// <summary>Loads the document: one streaming pass checks depth, a second builds the tree.</summary>
    /// <exception cref="DocumentRejectedException">Malformed, entity-dependent, too deep or too large.</exception>
    public static XDocument Load(RawDocument document, CancellationToken cancellationToken, long maxCharacters = MaxCharacters)
    {
        CheckDepth(document.Content, maxCharacters, cancellationToken);
        try
        {
            using XmlReader reader = Create(document.Content, maxCharacters);
            return XDocument.Load(reader, LoadOptions.None);
        }
        catch (XmlException ex)
        {
            throw Rejection(ex);
        }
    }

    // Decoded here rather than by XmlReader: feeds declare charsets .NET's XML stack does not know ("utf8"),
    // and a reader over text ignores the declaration. HTML's named entities, which the skipped DTD would have declared,
    // become numeric references first.
    internal static XmlReader Create(ReadOnlyMemory<byte> content, long maxCharacters)
    {
        string text = HtmlEntityReferences.ToNumeric(CharsetDecoder.Decode(content.Span, DeclaredEncoding(content.Span)).TrimStart('\uFEFF'));
        return XmlReader.Create(new StringReader(text), Settings(maxCharacters));
    }

    private static string? DeclaredEncoding(ReadOnlySpan<byte> content)
    {
        ReadOnlySpan<byte> head = XmlSniffer.WithoutBom(content[..Math.Min(content.Length, 256)]);
        if (!head.StartsWith("<?xml"u8))
        {
            return null;
        }

        string declaration = Encoding.ASCII.GetString(head[..Math.Max(0, head.IndexOf("?>"u8))]);
        int at = declaration.IndexOf("encoding", StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        string rest = declaration[(at + 8)..].TrimStart(' ', '=', '"', '\'');
        int end = rest.IndexOfAny(['"', '\'', ' ']);
        return end > 0 ? rest[..end] : null;
    }

    private static void CheckDepth(ReadOnlyMemory<byte> content, long maxCharacters, CancellationToken cancellationToken)
    {
        try
        {
            using XmlReader reader = Create(content, maxCharacters);
            int nodes = 0;
            while (reader.Read())
            {
                if (reader.Depth > MaxDepth)
                {
                    throw new DocumentRejectedException($"XML nested deeper than {MaxDepth} levels");
                }

                if (++nodes % 4096 == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }
            }
        }
        catch (XmlException ex)
        {
            throw Rejection(ex);
        }
    }

    private static DocumentRejectedException Rejection(XmlException ex)
    {
        string message = ex.Message;
        if (message.Contains("undeclared entity", StringComparison.OrdinalIgnoreCase))
        {
            return new DocumentRejectedException($"XML depends on an entity declared in a DTD, which is never expanded ({message})", ex);
        }

        if (message.Contains("MaxCharactersInDocument", StringComparison.Ordinal) || message.Contains("MaxCharactersFromEntities", StringComparison.Ordinal))
        {
            return new DocumentRejectedException($"XML exceeds the size cap: {message}", ex);
        }

        return new DocumentRejectedException($"malformed XML: {message}", ex);
    }
}
