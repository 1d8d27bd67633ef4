resource "aws_s3_bucket" "r15_0" {
  name = "${local.name}-15-0"
  tags = merge(local.tags, { part = "15" })
  description = "generated resource 59314 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r15_1" {
  name = "${local.name}-15-1"
  tags = merge(local.tags, { part = "15" })
  description = "generated resource 94374 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r15_2" {
  name = "${local.name}-15-2"
  tags = merge(local.tags, { part = "15" })
  description = "generated resource 30423 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r15_3" {
  name = "${local.name}-15-3"
  tags = merge(local.tags, { part = "15" })
  description = "generated resource 32706 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r15_4" {
  name = "${local.name}-15-4"
  tags = merge(local.tags, { part = "15" })
  description = "generated resource 75371 for benchmarks; mentions 0.0.0.0/0 only in text"
}

