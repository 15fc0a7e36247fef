namespace WireIngest.Core.Publishing;

/// <summary>What one relay pass did.</summary>
/// <param name="Published">Messages delivered and marked published.</param>
/// <param name="Failed">Messages the sink refused; they stay pending for the next pass.</param>
public readonly record struct RelayResult(int Published, int Failed);
