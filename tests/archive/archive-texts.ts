/** Articles written for the archive tests: a wire story, two outlets' copies of it, one that only quotes the same official, one on another subject. */
export const WIRE = `Harbour board approves a larger container terminal

LANDSKRONA, March 3 (Nordwire) - The harbour board of Landskrona on Tuesday approved a plan to double the size of the town's container terminal, a project it said would cost 240 million crowns over six years.
The board voted seven to two in favour of the expansion after a four-hour meeting that drew more than a hundred residents.
Work on a new quay wall is due to start in the autumn, and the first cranes should arrive in 2028.
"This terminal will decide whether our port still matters in ten years," harbour director Maja Lindqvist told reporters after the vote.
Opponents said the dredging needed for larger ships would harm the eelgrass meadows south of the harbour entrance.
An environmental group said it would appeal the decision to the land and environment court.
The town's largest employer, a paper mill, ships most of its output through the terminal.
Container traffic through Landskrona grew by 14 percent last year, the board said.
`;

export const COPY = `Landskrona votes to expand its port

The harbour board of Landskrona on Tuesday approved a plan to double the size of the town's container terminal, a project it said would cost 240 million crowns over six years.
The board voted seven to two in favour of the expansion after a four-hour meeting that drew more than a hundred residents.
Work on a new quay wall is due to start in the autumn, and the first cranes should arrive in 2028.
Opponents said the dredging needed for larger ships would harm the eelgrass meadows south of the harbour entrance.
Our readers on the south shore have written to us about the noise from night shifts for years.
Container traffic through Landskrona grew by 14 percent last year, the board said.
`;

export const SECOND_COPY = `Port expansion gets the green light

The harbour board of Landskrona on Tuesday approved a plan to double the size of the town's container terminal, a project it said would cost 240 million crowns over six years.
The board voted seven to two in favour of the expansion after a four-hour meeting that drew more than a hundred residents.
Work on a new quay wall is due to start in the autumn, and the first cranes should arrive in 2028.
An environmental group said it would appeal the decision to the land and environment court.
"This terminal will decide whether our port still matters in ten years," the harbour director said.
Fishermen in the neighbouring village fear that the works will keep them ashore for a whole season.
`;

export const QUOTES_ONLY = `A port director with a long view

Maja Lindqvist has run the harbour for eleven years and rarely gives interviews.
"This terminal will decide whether our port still matters in ten years," harbour director Maja Lindqvist told reporters after the vote.
She grew up on the island of Ven and first worked on the ferries as a deckhand.
Colleagues describe her as patient, stubborn and impossible to rush.
`;

export const UNRELATED = `Late goal sends the home side top of the table

A header four minutes from time gave the home team a two-one win on Saturday and lifted them to first place.
The visitors had led at half-time after a penalty that their captain scored low to the keeper's left.
Around nine thousand fans watched the match in steady rain.
The coach said afterwards that the squad had never stopped believing.
`;

const TOWNS = ['Ystad', 'Kalmar', 'Visby', 'Lysekil', 'Piteå', 'Sundsvall', 'Karlshamn', 'Varberg', 'Oxelösund', 'Trelleborg', 'Nynäshamn', 'Härnösand'];
const GOODS = ['timber', 'grain', 'steel coils', 'paper pulp', 'cars', 'salt', 'fertiliser', 'scrap metal', 'wind turbine blades', 'gravel'];

/** `n` short, distinct articles written from a template (numbers and names vary), for filling an archive. */
export function manyArticles(n: number): string[] {
  return Array.from({ length: n }, (_, i) => {
    const town = TOWNS[i % TOWNS.length]!;
    const good = GOODS[Math.floor(i / TOWNS.length) % GOODS.length]!;
    const k = i + 17;
    return [
      `${town} port reports record ${good} shipments (${i})`,
      '',
      `The port of ${town} handled ${k * 3} thousand tonnes of ${good} in the quarter to ${['March', 'June', 'September', 'December'][i % 4]}, up ${k % 40} percent on a year earlier.`,
      `Officials said ${k % 9} new berths and a rail link finished in ${2000 + (k % 25)} had drawn ${k % 13} shipping lines that used to call elsewhere.`,
      `Dock workers at ${town} agreed a contract running ${k % 5} years, the union's branch number ${k} said in a statement.`,
      `Article ${i}: the harbour expects another ${k % 30} ships before the ice closes the approach.`,
      '',
    ].join('\n');
  });
}
