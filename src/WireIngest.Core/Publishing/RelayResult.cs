namespace WireIngest.Core.Publishing;

/// <summary>What one relay pass did.</summary>
/// <param name="Published">Messages delivered and marked published.</param>
/// <param name="Failed">Messages the sink could not deliver; they stay pending for the next pass.</param>
/// <param name="Rejected">Messages the broker refused for good; moved to the quarantine.</param>
/// <param name="Halted">The pass did not run because the circuit is open (the broker was failing); messages stay pending.</param>
public readonly record struct RelayResult(int Published, int Failed, int Rejected = 0, bool Halted = false);
