using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using WireIngest.Core.Extraction;
using WireIngest.Core.Messages;
using WireIngest.Core.Normalization;
using WireIngest.Core.Pipeline;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers WireIngest's stages.</summary>
internal static class ServiceCollectionExtensions
{
    /// <summary>Extraction, normalisation and message writing: everything between a document and its messages.</summary>
    public static IServiceCollection AddWireIngestCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ => configuration.GetSection("WireIngest:Limits").Get<DocumentLimits>() ?? new DocumentLimits());
        services.TryAddSingleton(_ => configuration.GetSection("WireIngest:Normalization").Get<NormalizationOptions>() ?? new NormalizationOptions());
        services.TryAddSingleton<DocumentReader>();
        services.TryAddSingleton(_ => new ExtractorSelector(ExtractorCatalog.Default()));
        services.TryAddSingleton<IArticleNormalizer, ArticleNormalizer>();
        services.TryAddSingleton<ArticlePipeline>();
        services.TryAddSingleton<NinjsMessageWriter>();
        return services;
    }
}
