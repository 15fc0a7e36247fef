using WireIngest.Core.Model;

namespace WireIngest.Core.Normalization;

/// <summary>Turns a raw story into a normalised <see cref="Article"/>.</summary>
public interface IArticleNormalizer
{
    /// <exception cref="Extraction.DocumentRejectedException">Nothing article-like is left after normalisation.</exception>
    Article Normalize(ExtractedArticle draft, DocumentOrigin origin);
}
