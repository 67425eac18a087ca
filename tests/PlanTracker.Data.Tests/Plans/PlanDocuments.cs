namespace PlanTracker.Data.Tests.Plans;

/// <summary>Plan files for the tests: a second territory beside the default plan.</summary>
public static class PlanDocuments
{
    public const string SecondCode = "est-ensemble";

    public static string Second(string code = SecondCode) =>
        $$"""
          {
            "code": "{{code}}",
            "name": "Plan ESS 2025-2029",
            "territory": "Est Ensemble",
            "communes": [
              { "name": "Montreuil", "insee": "93048", "postalCodes": ["93100"] },
              { "name": "Bondy", "insee": "93010", "postalCodes": ["93140"] }
            ],
            "axes": [
              { "number": 1, "fr": "Créer des emplois", "en": "Create jobs" },
              { "number": 2, "fr": "Faire naître des coopératives", "en": "Start cooperatives" }
            ],
            "start": "2025-01-01",
            "deadline": "2029-12-31",
            "targets": { "jobs": 800, "cooperatives": 12 },
            "thresholds": { "onTrack": 0.9, "watch": 0.7 }
          }
          """;
}
