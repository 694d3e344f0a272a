import type { Prisma, PrismaClient } from "../generated/prisma/client";

/** A client or an open transaction: helpers that must join the caller's transaction take this. */
export type Db = PrismaClient | Prisma.TransactionClient;

export const isClient = (db: Db): db is PrismaClient => "$transaction" in db;
