using Dapper;

// Dapper.AOT generates every query's parameter writer and row reader at build time: the published app is Native AOT,
// where Dapper's Reflection.Emit cannot run.
[module: DapperAot]
