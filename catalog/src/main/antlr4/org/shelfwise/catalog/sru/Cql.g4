/*
 * CQL, the Contextual Query Language of SRU, as its specification gives the grammar (CQL 1.2; CQL 2.0's sortby
 * too): https://www.loc.gov/standards/sru/cql/spec.html and OASIS searchRetrieve part 5. Booleans, relations and
 * modifiers are case-insensitive; a term is any run of characters without white space, ( ) = < > " or /, or a
 * double-quoted string in which a backslash escapes the next character.
 */
grammar Cql;

options { caseInsensitive = true; }

query            : sortedQuery EOF ;

sortedQuery      : prefixAssignment sortedQuery
                 | scopedClause (SORTBY singleSpec+)? ;

cqlQuery         : prefixAssignment cqlQuery
                 | scopedClause ;

prefixAssignment : GT term EQ term
                 | GT term ;

scopedClause     : scopedClause booleanGroup searchClause
                 | searchClause ;

booleanGroup     : bool modifier* ;

bool             : AND | OR | NOT | PROX ;

searchClause     : LPAREN cqlQuery RPAREN
                 | index relation searchTerm
                 | searchTerm ;

relation         : comparitor modifier* ;

comparitor       : comparitorSymbol | identifier ;

comparitorSymbol : EQ | GT | LT | GE | LE | NE | EXACT ;

modifier         : SLASH term (comparitorSymbol term)? ;

singleSpec       : index modifier* ;

index            : term ;

searchTerm       : term ;

term             : identifier | AND | OR | NOT | PROX | SORTBY ;

identifier       : WORD | QUOTED ;

AND    : 'and' ;
OR     : 'or' ;
NOT    : 'not' ;
PROX   : 'prox' ;
SORTBY : 'sortby' ;
LPAREN : '(' ;
RPAREN : ')' ;
SLASH  : '/' ;
GE     : '>=' ;
LE     : '<=' ;
NE     : '<>' ;
EXACT  : '==' ;
EQ     : '=' ;
GT     : '>' ;
LT     : '<' ;
QUOTED : '"' ( '\\' . | ~["\\] )* '"' ;
WORD   : ~[ \t\r\n\f()=<>"/]+ ;
WS     : [ \t\r\n\f]+ -> skip ;
