/** Steps for packaging, quality review, costing and the catalogue, in English and Swedish, over one driver. */
package se.esp.scenarios.packaging;
