using System.Text;

namespace PlanTracker.Cli.Users;

/// <summary>A password from standard input (scripts) or typed at a prompt without echo (people).</summary>
public static class PasswordPrompt
{
    public static async Task<string> ReadAsync(CliContext context, bool fromStdin, string lang)
    {
        if (fromStdin || Console.IsInputRedirected || !ReferenceEquals(context.In, Console.In))
        {
            return (await context.In.ReadLineAsync())?.TrimEnd('\r') ?? "";
        }

        await context.Error.WriteAsync(lang == "en" ? "Password: " : "Mot de passe : ");
        var password = new StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace && password.Length > 0)
            {
                password.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }

        await context.Error.WriteLineAsync();
        return password.ToString();
    }
}
