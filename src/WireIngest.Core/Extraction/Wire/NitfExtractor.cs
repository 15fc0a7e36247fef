using WireIngest.Core.Model;

namespace WireIngest.Core.Extraction.Wire;

/// <summary>NITF 2.x/3.x documents (AP, AAP, PA, EFE, ANSA): one story per file.</summary>
public sealed class NitfExtractor : IArticleExtractor
{
    /// <inheritdoc/>
    public string Format => DocumentFormats.Nitf;

    /// <inheritdoc/>
    public bool CanExtract(ReadOnlySpan<byte> head) => XmlSniffer.RootIs(head, "nitf");

    /// <inheritdoc/>
    public ExtractedStories Extract(RawDocument document, CancellationToken cancellationToken = default)
    {
        var root = SafeXml.Load(document, cancellationToken).Root;
        if (root?.Name.LocalName != "nitf")
        {
            throw new DocumentRejectedException("not NITF: the root element is not nitf");
        }

        var article = new ExtractedArticle { Format = Format };
        NitfReader.Read(root, article);
        StoryCheck.EnsureStory(article, "NITF");
        return [article];
    }
}
