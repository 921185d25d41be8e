-- Adds contacts with ids :from_id .. :to_id to the contacts table, in one set-based statement.
-- Run with psql -v from_id=... -v to_id=... (run.sh does). Deterministic: the same id always gets
-- the same contact (values come from hashes of the id, not from random()), so that a load "up to
-- 1M" after a load of 1k yields the same table as a direct load of 1M.
-- Ids are given explicitly, so that they are exactly 1..N (the by-id benchmarks draw from that
-- range); the sequence is moved past them afterwards.
\set ON_ERROR_STOP on

WITH dict AS (
  SELECT
    ARRAY['James','Mary','John','Patricia','Robert','Jennifer','Michael','Linda','David','Elizabeth',
          'William','Barbara','Richard','Susan','Joseph','Jessica','Thomas','Sarah','Christopher','Karen',
          'Daniel','Lisa','Matthew','Nancy','Anthony','Sandra','Mark','Ashley','Steven','Emily',
          'Andrew','Michelle','Joshua','Amanda','Kevin','Melissa','Brian','Stephanie','Ryan','Rebecca',
          'Jacob','Laura','Nicholas','Hannah','Tyler','Olivia','Ethan','Emma','Noah','Sophia',
          'Liam','Ava','Lucas','Mia','Mateo','Isabella','Leo','Chloe','Oscar','Grace',
          'José','María','Zoë','Renée','Søren','Łukasz','Chloé','Björn','Inês','François',
          'Aisha','Omar','Fatima','Yusuf','Priya','Arjun','Ananya','Wei','Mei','Hiroshi',
          'Yuki','Min-jun','Seo-yeon','Kwame','Amara','Chidi','Ngozi','Diego','Valentina','Santiago',
          'Camila','Lars','Ingrid','Anja','Giulia','Marco','Elena','Dmitri','Olga','Niamh']        AS first_names,
    ARRAY['Smith','Johnson','Williams','Brown','Jones','Garcia','Miller','Davis','Rodriguez','Martinez',
          'Hernandez','Lopez','Gonzalez','Wilson','Anderson','Thomas','Taylor','Moore','Jackson','Martin',
          'Lee','Perez','Thompson','White','Harris','Sanchez','Clark','Ramirez','Lewis','Robinson',
          'Walker','Young','Allen','King','Wright','Scott','Torres','Nguyen','Hill','Flores',
          'Green','Adams','Nelson','Baker','Hall','Rivera','Campbell','Mitchell','Carter','Roberts',
          'Gomez','Phillips','Evans','Turner','Diaz','Parker','Cruz','Edwards','Collins','Reyes',
          'Stewart','Morris','Morales','Murphy','Cook','Rogers','Gutierrez','Ortiz','Morgan','Cooper',
          'Peterson','Bailey','Reed','Kelly','Howard','Ramos','Kim','Cox','Ward','Richardson',
          'Watson','Brooks','Chavez','Wood','James','Bennett','Gray','Mendoza','Ruiz','Hughes',
          'Price','Alvarez','Castillo','Sanders','Patel','Myers','Long','Ross','Foster','Jimenez',
          'O''Brien','O''Connor','McDonald','MacLeod','van der Berg','de la Cruz','Müller','Schmidt','Schäfer','Dubois',
          'Lefèvre','Rossi','Bianchi','Kowalski','Nowak','Novák','Jensen','Nielsen','Hansen','Johansson',
          'Andersson','Virtanen','Ivanova','Petrov','Yamamoto','Tanaka','Suzuki','Wang','Li','Zhang',
          'Chen','Liu','Singh','Kumar','Sharma','Okafor','Mensah','Abebe','Haddad','Khalil',
          'Cohen','Levi','Silva','Santos','Oliveira','Costa','Fernández','González','Romero','Navarro'] AS last_names,
    ARRAY['Golden Hour','Silver Lining','Evergreen','Blue Harbor','Northlight','Wildflower','Ivory & Oak',
          'Copper Kettle','Velvet Sky','Stonebridge','Lakeside','Moonrise','Maple Grove','Coastal',
          'Rosewood','Summit','Willow Creek','Bright Frame','True North','Little Fox']           AS company_heads,
    ARRAY['Films','Studios','Weddings','Events','Catering','Florals','Photography','Media',
          'Productions','Rentals','Sound & Light','Venue','Bakery','Planning Co.','Audio']         AS company_tails,
    ARRAY['gmail.com','outlook.com','yahoo.com','icloud.com','proton.me','hotmail.com','gmx.de',
          'web.de','orange.fr','libero.it']                                                          AS mail_domains
),
src AS (
  SELECT g,
         d.first_names[1 + (hashint8extended(g, 1) & 2147483647) % cardinality(d.first_names)] AS fn,
         d.last_names [1 + (hashint8extended(g, 2) & 2147483647) % cardinality(d.last_names)]  AS ln,
         d.company_heads[1 + (hashint8extended(g, 3) & 2147483647) % cardinality(d.company_heads)] || ' '
           || d.company_tails[1 + (hashint8extended(g, 4) & 2147483647) % cardinality(d.company_tails)] AS company,
         d.mail_domains[1 + (hashint8extended(g, 5) & 2147483647) % cardinality(d.mail_domains)] AS mail_domain,
         (hashint8extended(g, 6) & 2147483647) % 100 AS pct,       -- type and company
         (hashint8extended(g, 7) & 2147483647) % 100 AS pct2,      -- phone, archived, missing first name
         (hashint8extended(g, 8) & 2147483647) % 10000000 AS digits
  FROM generate_series(:from_id::int, :to_id::int) AS g
  CROSS JOIN dict AS d
)
INSERT INTO contacts (id, first_name, last_name, email, phone_number, company_name, type, archived_at)
SELECT g,
       CASE WHEN pct2 = 99 THEN NULL ELSE fn END,                          -- 1 % without first name
       ln,
       -- Unique thanks to the id; lower-case ASCII local part.
       regexp_replace(translate(lower(fn || '.' || ln),
                                'áàâäãåçéèêëíìîïñóòôöõøúùûüýÿłśźżšžß',
                                'aaaaaaceeeeiiiinoooooouuuuyylszzszs'), '[^a-z.]', '', 'g')
         || '.' || g || '@'
         || CASE WHEN pct >= 70 THEN regexp_replace(lower(company), '[^a-z]', '', 'g') || '.com'
                 ELSE mail_domain END,
       CASE WHEN pct2 < 15 THEN NULL                                         -- 15 % without phone
            ELSE '+1 ' || (200 + digits % 800) || '-' || lpad((digits / 800 % 1000)::text, 3, '0')
                 || '-' || lpad((digits % 10000)::text, 4, '0') END,
       CASE WHEN pct >= 55 THEN company END,                                 -- crew and vendors have one
       (CASE WHEN pct < 40 THEN 'Client Lead'
             WHEN pct < 55 THEN 'Client'
             WHEN pct < 75 THEN 'Contributor'
             ELSE 'Vendor' END)::contacts_type,
       CASE WHEN pct2 BETWEEN 95 AND 96                                      -- 2 % archived
            THEN timestamptz '2026-01-01 00:00:00+00' + (digits % 300) * interval '1 day' END
FROM src;

SELECT setval(pg_get_serial_sequence('contacts', 'id'), (SELECT max(id) FROM contacts));
