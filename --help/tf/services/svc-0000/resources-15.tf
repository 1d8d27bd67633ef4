resource "aws_lambda_function" "r15_0" {
  name = "${local.name}-15-0"
  tags = merge(local.tags, { part = "15" })
  description = "generated resource 12593 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r15_1" {
  name = "${local.name}-15-1"
  tags = merge(local.tags, { part = "15" })
  description = "generated resource 53437 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r15_2" {
  name = "${local.name}-15-2"
  tags = merge(local.tags, { part = "15" })
  description = "generated resource 50320 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r15_3" {
  name = "${local.name}-15-3"
  tags = merge(local.tags, { part = "15" })
  description = "generated resource 3683 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r15_4" {
  name = "${local.name}-15-4"
  tags = merge(local.tags, { part = "15" })
  description = "generated resource 11232 for benchmarks; mentions 0.0.0.0/0 only in text"
}

