namespace WireIngest.Core.Normalization;

/// <summary>A headline with its agency tags removed.</summary>
/// <param name="Headline">The headline without tags.</param>
/// <param name="Tags">Tags removed, upper case and in order (<c>UPDATE 2</c>, <c>INTERVIEW</c>, <c>=2</c>).</param>
public sealed record HeadlineTagResult(string Headline, IReadOnlyList<string> Tags);
