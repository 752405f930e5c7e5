using System.Linq.Expressions;

namespace Samenwerking.Application.Common.Querying;

/// <summary>
/// Lets a projection use a domain rule written as an expression (such as
/// <c>Collaboration.AmbtelijkeFusie</c>) so the database evaluates the very same definition the
/// domain uses, instead of a hand-copied one.
/// </summary>
public static class ExpressionComposition
{
    /// <summary>Substitutes <paramref name="rule"/>, applied to the projection's source, for its second parameter.</summary>
    public static Expression<Func<TSource, TResult>> WithRule<TSource, TResult>(
        this Expression<Func<TSource, bool, TResult>> projection, Expression<Func<TSource, bool>> rule) =>
        projection.With(rule);

    /// <summary>
    /// Substitutes <paramref name="part"/>, applied to the projection's source, for its second parameter: a projection
    /// written once (a list's row) used inside a larger one (that row beside its total).
    /// </summary>
    public static Expression<Func<TSource, TResult>> With<TSource, TPart, TResult>(
        this Expression<Func<TSource, TPart, TResult>> projection, Expression<Func<TSource, TPart>> part)
    {
        var source = projection.Parameters[0];
        var partOfSource = new ParameterReplacer(part.Parameters[0], source).Visit(part.Body);
        var body = new ParameterReplacer(projection.Parameters[1], partOfSource).Visit(projection.Body);
        return Expression.Lambda<Func<TSource, TResult>>(body, source);
    }

    /// <summary><paramref name="projection"/> of a part of a larger row: <c>row => projection(part(row))</c>.</summary>
    public static Expression<Func<TRow, TResult>> Of<TRow, TSource, TResult>(
        this Expression<Func<TSource, TResult>> projection, Expression<Func<TRow, TSource>> part) =>
        Expression.Lambda<Func<TRow, TResult>>(
            new ParameterReplacer(projection.Parameters[0], part.Body).Visit(projection.Body), part.Parameters);

    /// <summary>
    /// <paramref name="outer"/> over what <paramref name="inner"/> gives for the same arguments:
    /// <c>(a, b) => outer(inner(a, b), a, b)</c>, one expression, as a query written in two parts is one query.
    /// </summary>
    public static Expression<Func<TA, TB, TResult>> Over<TInner, TA, TB, TResult>(
        this Expression<Func<TInner, TA, TB, TResult>> outer, Expression<Func<TA, TB, TInner>> inner)
    {
        var (a, b) = (inner.Parameters[0], inner.Parameters[1]);
        var body = outer.Body
            .Replace(outer.Parameters[0], inner.Body)
            .Replace(outer.Parameters[1], a)
            .Replace(outer.Parameters[2], b);
        return Expression.Lambda<Func<TA, TB, TResult>>(body, a, b);
    }

    /// <summary><paramref name="expression"/> with <paramref name="replacement"/> wherever it has <paramref name="parameter"/>.</summary>
    public static Expression Replace(this Expression expression, ParameterExpression parameter, Expression replacement) =>
        new ParameterReplacer(parameter, replacement).Visit(expression);

    public static Expression<Func<T, bool>> Not<T>(this Expression<Func<T, bool>> predicate) =>
        Expression.Lambda<Func<T, bool>>(Expression.Not(predicate.Body), predicate.Parameters);

    private sealed class ParameterReplacer(ParameterExpression target, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == target ? replacement : node;
    }
}
