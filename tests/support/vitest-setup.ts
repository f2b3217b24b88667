// type-graphql reads decorator metadata through the Reflect polyfill; load it before any test module.
import "reflect-metadata";
