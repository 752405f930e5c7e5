using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Querying;

namespace Samenwerking.Infrastructure.Persistence.ReadSide;

/// <summary>
/// A <see cref="PreparedQuery{TValues,TResult}"/> as an EF compiled query: written against the read side and a record of
/// values, it becomes a query against <see cref="SamenwerkingDbContext"/> with one scalar parameter per value it reads,
/// the form <see cref="EF.CompileAsyncQuery{TContext,TParam1,TResult}(Expression{Func{TContext,TParam1,IQueryable{TResult}}})"/>
/// takes. Compiled once per prepared query and model, on its first run.
/// </summary>
internal static class CompiledQueries
{
    // Per model as well: EF binds a compiled query to the model it was first run with, and each host (each test server)
    // builds its own.
    private static readonly ConcurrentDictionary<(object Query, IModel Model), object> Compiled = new();

    public static IAsyncEnumerable<TResult> Run<TValues, TResult>(SamenwerkingDbContext db, PreparedQuery<TValues, TResult> query, TValues values) =>
        ((Func<SamenwerkingDbContext, TValues, IAsyncEnumerable<TResult>>)Compiled.GetOrAdd((query, db.Model), _ => Compile(query)))(db, values);

    private static Func<SamenwerkingDbContext, TValues, IAsyncEnumerable<TResult>> Compile<TValues, TResult>(PreparedQuery<TValues, TResult> query)
    {
        var context = Expression.Parameter(typeof(SamenwerkingDbContext), "db");
        var rewriter = new ToContextAndParameters(query.Query.Parameters[0], context, query.Query.Parameters[1]);
        var body = rewriter.Visit(query.Query.Body);
        var parameters = rewriter.Parameters.Values.ToList();
        var lambda = Expression.Lambda(
            Expression.GetFuncType([context.Type, .. parameters.Select(p => p.Type), typeof(IQueryable<TResult>)]),
            body, [context, .. parameters]);
        var compiled = (Delegate)CompileAsyncQuery(parameters.Count)
            .MakeGenericMethod([context.Type, .. parameters.Select(p => p.Type), typeof(TResult)])
            .Invoke(null, [lambda])!;

        // (db, values) => compiled(db, values.A, values.B, ...)
        var values = Expression.Parameter(typeof(TValues), "values");
        var call = Expression.Invoke(Expression.Constant(compiled),
            [context, .. rewriter.Parameters.Keys.Select(property => Expression.Property(values, property))]);
        return Expression.Lambda<Func<SamenwerkingDbContext, TValues, IAsyncEnumerable<TResult>>>(call, context, values).Compile();
    }

    /// <summary>The overload of <see cref="EF.CompileAsyncQuery"/> for a query of rows with <paramref name="parameterCount"/> parameters.</summary>
    private static MethodInfo CompileAsyncQuery(int parameterCount) =>
        typeof(EF).GetMethods(BindingFlags.Public | BindingFlags.Static).Single(method =>
            method.Name == nameof(EF.CompileAsyncQuery)
            && method.GetGenericArguments().Length == parameterCount + 2
            && method.GetParameters()[0].ParameterType.GetGenericArguments()[0].GetGenericArguments()[^1] is { IsGenericType: true } returned
            && returned.GetGenericTypeDefinition() == typeof(IQueryable<>));

    /// <summary>
    /// Turns <c>db.Member</c> on the read side into the same member of the context, and <c>values.Property</c> into a
    /// parameter of its own.
    /// </summary>
    private sealed class ToContextAndParameters(ParameterExpression readSide, ParameterExpression context, ParameterExpression values)
        : ExpressionVisitor
    {
        public Dictionary<PropertyInfo, ParameterExpression> Parameters { get; } = [];

        protected override Expression VisitMember(MemberExpression node)
        {
            if (node.Expression == values && node.Member is PropertyInfo property)
            {
                if (!Parameters.TryGetValue(property, out var parameter))
                {
                    parameter = Expression.Parameter(property.PropertyType, property.Name);
                    Parameters.Add(property, parameter);
                }

                return parameter;
            }

            if (node.Expression == readSide)
            {
                // As the read side's own queryables: single queries.
                var set = Expression.Property(context, node.Member.Name);
                return Expression.Call(typeof(RelationalQueryableExtensions), nameof(RelationalQueryableExtensions.AsSingleQuery),
                    [set.Type.GetGenericArguments()[0]], set);
            }

            return base.VisitMember(node);
        }

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Object != readSide)
            {
                return base.VisitMethodCall(node);
            }

            var method = typeof(SamenwerkingDbContext).GetMethod(node.Method.Name, [.. node.Method.GetParameters().Select(p => p.ParameterType)])
                ?? throw new InvalidOperationException($"The context has no query {node.Method.Name} for a prepared query to call.");
            return Expression.Call(context, method, node.Arguments.Select(Visit)!);
        }

        protected override Expression VisitParameter(ParameterExpression node) =>
            node == readSide || node == values
                ? throw new InvalidOperationException("A prepared query reads the read side only as db.Member and its values only as values.Property.")
                : node;
    }
}
