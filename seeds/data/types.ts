// The catalog's data types live with the module that owns the catalog.
export * from '../../src/modules/matter/catalog-data.types';
