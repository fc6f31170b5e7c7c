import { DataTypes, Model, Sequelize } from 'sequelize';
import type { CreationOptional, InferAttributes, InferCreationAttributes } from 'sequelize';

import { config } from '../config';

export const sequelize = new Sequelize(config.databaseUrl, { dialect: 'postgres', logging: false });

export class User extends Model<InferAttributes<User>, InferCreationAttributes<User>> {
  declare id: CreationOptional<number>;
  declare username: string;
  declare displayName: string | null;
  declare role: CreationOptional<string>;
  declare passwordHash: string;
}

User.init(
  {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    username: { type: DataTypes.STRING(64), allowNull: false, unique: true },
    displayName: { type: DataTypes.STRING(100), field: 'display_name' },
    role: { type: DataTypes.STRING(16), allowNull: false, defaultValue: 'member' },
    passwordHash: { type: DataTypes.STRING(200), allowNull: false, field: 'password_hash' },
  },
  { sequelize, tableName: 'users', underscored: true },
);
