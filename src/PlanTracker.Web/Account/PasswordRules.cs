namespace PlanTracker.Web.Account;

/// <summary>
/// Length over composition rules (NIST SP 800-63B): at least 12 characters, not one character repeated, not the
/// account name. Checked by the setup page and the CLI's <c>users</c> commands alike.
/// </summary>
public static class PasswordRules
{
    public const int MinLength = 12;

    public const string RuleFr = "Le mot de passe doit compter au moins 12 caractères, ne pas répéter un seul caractère ni reprendre le nom du compte.";

    public const string RuleEn = "The password must be at least 12 characters long, not one repeated character, and not the account name.";

    public static bool IsStrongEnough(string? password, string name) =>
        password is { Length: >= MinLength }
        && password.Distinct().Count() > 1
        && !password.Contains(name, StringComparison.OrdinalIgnoreCase);
}
