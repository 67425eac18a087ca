using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("PlanTracker.Data.Tests")]
