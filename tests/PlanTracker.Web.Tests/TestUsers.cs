namespace PlanTracker.Web.Tests;

/// <summary>One account per role, with the password every test uses.</summary>
public static class TestUsers
{
    public const string Password = "un mot de passe assez long";

    public static IReadOnlyList<string> Roles { get; } = ["admin", "planner", "analyst", "viewer"];

    /// <summary>The account name of a role's test user: "planner" → "pauline-planner".</summary>
    public static string NameOf(string role) => role switch
    {
        "admin" => "alice-admin",
        "planner" => "pauline-planner",
        "analyst" => "antoine-analyst",
        _ => "victor-viewer",
    };
}
