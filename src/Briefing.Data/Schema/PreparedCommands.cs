using System.Data;
using System.Data.Common;

namespace Briefing.Data.Schema;

/// <summary>The statements a write transaction runs once per article (inbox insert, article, statement rows), each kept
/// as one command for the whole transaction and run again with new values. Microsoft.Data.Sqlite compiles a command's
/// SQL on its first run only, so the second article of a batch skips the parse and plan that Dapper's fresh command
/// per call pays every time (~30–50 µs a statement). Values are bound as Dapper's global handlers bind them
/// (<see cref="DapperSetup"/>): timestamps as ISO-8601 text, flags as 0/1, null as a typed NULL (PostgreSQL must
/// know the type of a parameter that only ever holds NULL), so both engines see the same values either way.</summary>
internal sealed class PreparedCommands(DbConnection connection, DbTransaction transaction) : IDisposable
{
    private readonly Dictionary<string, DbCommand> _commands = new(StringComparer.Ordinal);

    /// <summary>Runs <paramref name="sql"/> (with <c>@name</c> parameters) with these values; returns rows affected.</summary>
    public int Execute(string sql, params ReadOnlySpan<(string Name, object? Value)> values) => Bind(sql, values).ExecuteNonQuery();

    /// <summary>The first column of the first row, or null when there is no row.</summary>
    public string? QueryString(string sql, params ReadOnlySpan<(string Name, object? Value)> values) =>
        Bind(sql, values).ExecuteScalar() is string value ? value : null;

    private DbCommand Bind(string sql, ReadOnlySpan<(string Name, object? Value)> values)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            command.Transaction = transaction;
            foreach (var (name, _) in values)
            {
                var parameter = command.CreateParameter();
                // Microsoft.Data.Sqlite looks a bare name up as written first, fails, then tries it with "@": bound
                // on every run, that doubled lookup was ~3% of the server's busy samples at 1,000 articles/s.
                parameter.ParameterName = connection is Microsoft.Data.Sqlite.SqliteConnection ? "@" + name : name;
                command.Parameters.Add(parameter);
            }
            _commands[sql] = command;
        }
        for (var i = 0; i < values.Length; i++) Set(command.Parameters[i], values[i].Value);
        return command;
    }

    /// <summary>A nullable integer: a NULL of it is bound as an integer NULL, not a text one.</summary>
    public static object Int(int? value) => value is { } number ? number : NullInt;

    /// <summary>Nullable bytes: a NULL of them is bound as a binary NULL.</summary>
    public static object Bytes(byte[]? value) => value is null ? NullBinary : value;

    private static readonly TypedNull NullInt = new(DbType.Int32);
    private static readonly TypedNull NullBinary = new(DbType.Binary);

    private sealed record TypedNull(DbType Type);

    private static void Set(DbParameter parameter, object? value)
    {
        switch (value)
        {
            case null: // a nullable string or timestamp (both are text)
                parameter.DbType = DbType.String;
                parameter.Value = DBNull.Value;
                break;
            case TypedNull typed:
                parameter.DbType = typed.Type;
                parameter.Value = DBNull.Value;
                break;
            case DateTimeOffset time:
                parameter.DbType = DbType.String;
                parameter.Value = DapperSetup.Format(time);
                break;
            case bool flag:
                parameter.DbType = DbType.Int32;
                parameter.Value = flag ? 1 : 0;
                break;
            case string text:
                parameter.DbType = DbType.String;
                parameter.Value = text;
                break;
            case int number:
                parameter.DbType = DbType.Int32;
                parameter.Value = number;
                break;
            case double number:
                parameter.DbType = DbType.Double;
                parameter.Value = number;
                break;
            case byte[] bytes:
                parameter.DbType = DbType.Binary;
                parameter.Value = bytes;
                break;
            default:
                throw new ArgumentException($"No binding for a {value.GetType().Name}; add one beside the others.", parameter.ParameterName);
        }
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values) command.Dispose();
        _commands.Clear();
    }
}
