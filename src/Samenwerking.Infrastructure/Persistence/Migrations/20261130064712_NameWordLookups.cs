using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samenwerking.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class NameWordLookups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // ROWS: what the planner counts on from each function (see NameWordLookups). Written in PL/pgSQL because
            // PostgreSQL inlines a plain SQL function into the statement that calls it, and the estimate with it.
            // name_words_like's pattern escapes its wildcards with LIKE's default escape character, the backslash, as
            // NameSearch writes it.
            migrationBuilder.Sql("""
                CREATE FUNCTION name_words_reversed_between(reversed_from text, reversed_to text) RETURNS TABLE (word text)
                LANGUAGE plpgsql STABLE ROWS 10 AS $$
                BEGIN
                    IF reversed_to IS NULL THEN
                        RETURN QUERY SELECT n.word FROM name_words AS n WHERE reverse(n.word) >= reversed_from;
                    ELSE
                        RETURN QUERY SELECT n.word FROM name_words AS n
                                     WHERE reverse(n.word) >= reversed_from AND reverse(n.word) < reversed_to;
                    END IF;
                END $$;

                CREATE FUNCTION name_words_like(pattern text) RETURNS TABLE (word text)
                LANGUAGE plpgsql STABLE ROWS 10 AS $$
                BEGIN
                    RETURN QUERY SELECT n.word FROM name_words AS n WHERE n.word LIKE pattern;
                END $$;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP FUNCTION name_words_like(text);
                DROP FUNCTION name_words_reversed_between(text, text);
                """);
        }
    }
}
