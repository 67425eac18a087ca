using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("PlanTracker.Data.Tests")]

// The bench times the import store phase by phase (ImportPhases).
[assembly: InternalsVisibleTo("PlanTracker.Bench")]
