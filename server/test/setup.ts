// type-graphql and TypeORM read decorator metadata through this polyfill, as main.ts does.
import 'reflect-metadata'
